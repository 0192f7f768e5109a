using Ouroboros.Core.Language;
using System.Text.Json;
using Anthropic;
using Anthropic.Exceptions;
using Anthropic.Models.Messages;

namespace Ouroboros.Ai.Providers;

/// <summary>
/// Anthropic Messages through the official SDK (<c>BaseUrl</c> without <c>/v1</c>; retries off). Text blocks are
/// concatenated; cache tokens count as input. A JSON schema goes out as <c>output_config.format</c>.
/// The SDK owns its HttpClient here because the adapter needs a handler that reads Retry-After (the SDK's
/// exceptions do not carry headers).
/// </summary>
public sealed class AnthropicChatModel : IChatModel, IDisposable
{
    private readonly ProviderSettings settings;
    private readonly TimeProvider clock;
    private readonly HttpClient http;
    private readonly AnthropicClient client;

    public AnthropicChatModel(ProviderSettings settings, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(clock);
        this.settings = settings;
        this.clock = clock;
#pragma warning disable CA2000 // the HttpClient owns the handler chain and this adapter owns the HttpClient
        http = new HttpClient(new RetryAfterCapture(new SocketsHttpHandler())) { Timeout = Timeout.InfiniteTimeSpan };
#pragma warning restore CA2000
        client = new AnthropicClient
        {
            ApiKey = string.IsNullOrEmpty(settings.ApiKey) ? "unused" : settings.ApiKey,
            BaseUrl = settings.BaseUrl.TrimEnd('/'),
            MaxRetries = 0,
            Timeout = TimeSpan.FromHours(1),
            HttpClient = http,
        };
    }

    public string Provider => settings.Name;

    public string Model => settings.Model;

    public async Task<ChatResult> CompleteAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var call = new CallScope(clock, settings.TimeoutFor(request), cancellationToken);
        var box = RetryAfterCapture.Begin();
        try
        {
            var message = await client.Messages.Create(Params(request), call.Token).ConfigureAwait(false);
            return Read(message, call);
        }
        catch (AnthropicApiException ex)
        {
            var retryAfter = RetryAfterParser.FromHeaders(box.RetryAfterMs, box.RetryAfter, clock);
            return call.Fail(HttpFailureClassifier.Classify((int)ex.StatusCode, ex.ResponseBody, retryAfter, settings.ApiKey));
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return call.FromTransport(ex, settings.ApiKey) ?? call.Fail(UnusableAnswer.From(ex, settings.ApiKey));
        }
    }

    private MessageCreateParams Params(ChatRequest request)
    {
        // MessageCreateParams in this SDK version has no temperature; the model's default applies.
        var p = new MessageCreateParams
        {
            Model = settings.Model,
            MaxTokens = request.MaxOutputTokens,
            System = request.System,
            Messages = [new UserMessageParam { Content = request.User }],
        };
        if (request.JsonSchema is { } schema)
            p = p with { OutputConfig = new OutputConfig { Format = new JsonOutputFormat { Schema = SchemaProperties(schema) } } };
        return p;
    }

    private static Dictionary<string, JsonElement> SchemaProperties(string schema)
    {
        using var doc = JsonDocument.Parse(schema);
        return doc.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone());
    }

    private ChatResult Read(Message message, CallScope call)
    {
        var usage = message.Usage;
        int? tokensIn = usage is null ? null : (int)(usage.InputTokens + (usage.CacheCreationInputTokens ?? 0) + (usage.CacheReadInputTokens ?? 0));
        int? tokensOut = usage is null ? null : (int)usage.OutputTokens;
        var stop = message.StopReason?.Raw();
        if (stop == "refusal")
            return call.Fail(ChatFailureKind.Refused, "model refused (stop_reason refusal)", null, tokensIn, tokensOut);
        if (stop is "max_tokens" or "model_context_window_exceeded")
            return call.Fail(ChatFailureKind.Truncated, $"answer cut off ({stop})", null, tokensIn, tokensOut);
        var text = string.Concat((message.Content ?? []).Select(b => b.Value).OfType<TextBlock>().Select(b => b.Text));
        if (string.IsNullOrWhiteSpace(text))
            return call.Fail(ChatFailureKind.Malformed, "the answer has no text", null, tokensIn, tokensOut);
        return ChatResult.Success(text, tokensIn, tokensOut, call.Elapsed, stop);
    }

    public void Dispose()
    {
        client.Dispose();
        http.Dispose();
    }
}
