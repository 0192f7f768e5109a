using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Ouroboros.Bots.Telegram;

/// <summary>
/// The few Bot API calls Ouroboros makes, through the Telegram.Bot client, with its errors turned into values: a 429
/// gives its retry_after, any other API error its code and description, a transport failure no code. The library's
/// own 429 retry is off (it waits on the wall clock and would hold a sender the outbox paces). Descriptions are
/// scrubbed of the token. One HttpClient per api, so no shared handler logs a URL.
/// </summary>
public sealed class TelegramApi : IDisposable
{
    private readonly HttpClient _http;
    private readonly TelegramBotClient _client;

    public TelegramApi(TelegramOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Scrubber = new TokenScrubber(options.BotToken);
        // Above the long-poll time, or the client would cut off every quiet getUpdates (external-apis.md §3.3).
        _http = new HttpClient { Timeout = TimeSpan.FromSeconds(options.LongPollSeconds + 15) };
        _client = new TelegramBotClient(new TelegramBotClientOptions(options.BotToken, options.BaseUrl) { RetryCount = 0, RetryThreshold = 0 }, _http);
    }

    public TokenScrubber Scrubber { get; }

    public Task<TelegramCallResult> SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        return CallAsync(() => _client.SendMessage(message.ChatId, message.Text, ParseMode.MarkdownV2, replyMarkup: message.Buttons,
            linkPreviewOptions: new LinkPreviewOptions { IsDisabled = true }, disableNotification: message.Silent, cancellationToken: cancellationToken));
    }

    public Task<TelegramCallResult> AnswerCallbackAsync(string callbackId, string text, CancellationToken cancellationToken) =>
        CallAsync(() => _client.AnswerCallbackQuery(callbackId, text, cancellationToken: cancellationToken));

    /// <summary>Replaces a message's text (and drops its buttons, so a confirmation cannot be pressed twice).</summary>
    public Task<TelegramCallResult> EditAsync(long chatId, int messageId, string markdownText, CancellationToken cancellationToken) =>
        CallAsync(() => _client.EditMessageText(chatId, messageId, markdownText, ParseMode.MarkdownV2, cancellationToken: cancellationToken));

    /// <summary>Updates from <paramref name="offset"/> on, waiting up to <paramref name="timeoutSeconds"/> for one; throws <see cref="TelegramPollException"/>.</summary>
    public async Task<Update[]> GetUpdatesAsync(int offset, int timeoutSeconds, CancellationToken cancellationToken)
    {
        try
        {
            return await _client.GetUpdates(offset, 100, timeoutSeconds, [UpdateType.Message, UpdateType.CallbackQuery], cancellationToken).ConfigureAwait(false);
        }
        catch (ApiRequestException e)
        {
            throw new TelegramPollException(e.ErrorCode, Scrubber.Scrub(e.Message), e.Parameters?.RetryAfter is { } s ? TimeSpan.FromSeconds(s) : null);
        }
        catch (RequestException e)
        {
            throw new TelegramPollException(null, Scrubber.Scrub(e.GetBaseException().Message), null);
        }
        catch (HttpRequestException e)
        {
            throw new TelegramPollException(null, Scrubber.Scrub(e.Message), null);
        }
    }

    public void Dispose() => _http.Dispose();

    private async Task<TelegramCallResult> CallAsync(Func<Task> call)
    {
        try
        {
            await call().ConfigureAwait(false);
            return TelegramCallResult.Done;
        }
        catch (ApiRequestException e)
        {
            TimeSpan? wait = e.ErrorCode == 429 ? TimeSpan.FromSeconds(Math.Max(1, e.Parameters?.RetryAfter ?? 1)) : null;
            return new TelegramCallResult(false, wait, e.ErrorCode, Scrubber.Scrub(e.Message));
        }
        catch (RequestException e)
        {
            return new TelegramCallResult(false, null, null, Scrubber.Scrub(e.GetBaseException().Message));
        }
        catch (HttpRequestException e)
        {
            return new TelegramCallResult(false, null, null, Scrubber.Scrub(e.Message));
        }
    }
}
