using System.Text.Json;
using Microsoft.Extensions.AI;
using Ouroboros.Core.Language;

namespace Ouroboros.Ai.Providers;

/// <summary>
/// Any <c>Microsoft.Extensions.AI</c> <see cref="IChatClient"/> (OllamaSharp, the MEAI OpenAI adapter, a vendor's own
/// client, a middleware pipeline) as one of our <see cref="IChatModel"/> profiles, so the router's budgets, prices,
/// cache, retries and call log apply to it unchanged (ADR 0002). Exceptions from the client are turned into
/// <see cref="ChatFailure"/> values here and never cross the port; this adapter does not retry.
/// </summary>
public sealed class ChatClientModel(IChatClient client, string provider, string model, TimeProvider clock) : IChatModel
{
    public string Provider { get; } = provider;

    public string Model { get; } = model;

    public async Task<ChatResult> CompleteAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var started = clock.GetTimestamp();
        using var timeout = new CancellationTokenSource(request.Timeout ?? Timeout.InfiniteTimeSpan, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            var response = await client.GetResponseAsync(Messages(request), Options(request), linked.Token).ConfigureAwait(false);
            var tokensIn = ToInt(response.Usage?.InputTokenCount);
            var tokensOut = ToInt(response.Usage?.OutputTokenCount);
            var finish = response.FinishReason?.Value;
            var elapsed = clock.GetElapsedTime(started);
            if (response.FinishReason == ChatFinishReason.Length)
                return ChatResult.Fail(new ChatFailure(ChatFailureKind.Truncated, "the answer reached the output token limit"), elapsed, tokensIn, tokensOut);
            if (response.FinishReason == ChatFinishReason.ContentFilter)
                return ChatResult.Fail(new ChatFailure(ChatFailureKind.Refused, "the answer was blocked by the provider's content filter"), elapsed, tokensIn, tokensOut);
            var text = response.Text;
            return string.IsNullOrWhiteSpace(text)
                ? ChatResult.Fail(new ChatFailure(ChatFailureKind.Malformed, "the client returned no text"), elapsed, tokensIn, tokensOut)
                : ChatResult.Success(text, tokensIn, tokensOut, elapsed, finish);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return ChatResult.Fail(new ChatFailure(ChatFailureKind.Timeout, $"no answer within {request.Timeout}"), clock.GetElapsedTime(started));
        }
        catch (HttpRequestException e)
        {
            var failure = e.StatusCode is { } status
                ? HttpFailureClassifier.Classify((int)status, e.Message, null, null)
                : new ChatFailure(ChatFailureKind.Network, e.Message);
            return ChatResult.Fail(failure, clock.GetElapsedTime(started));
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            // An IChatClient may throw anything its vendor throws; the port promises values, not vendor exceptions.
            return ChatResult.Fail(new ChatFailure(ChatFailureKind.Unknown, $"{e.GetType().Name}: {e.Message}"), clock.GetElapsedTime(started));
        }
    }

    private static List<ChatMessage> Messages(ChatRequest request) =>
    [
        new(ChatRole.System, request.System),
        new(ChatRole.User, request.User),
    ];

    private ChatOptions Options(ChatRequest request)
    {
        var options = new ChatOptions { ModelId = Model, MaxOutputTokens = request.MaxOutputTokens };
        if (request.Temperature is { } t) options.Temperature = (float)t;
        if (request.JsonSchema is { } schema)
        {
            using var document = JsonDocument.Parse(schema);
            options.ResponseFormat = ChatResponseFormat.ForJsonSchema(document.RootElement.Clone(), request.SchemaName);
        }
        return options;
    }

    private static int? ToInt(long? value) => value is { } v ? (int)Math.Min(v, int.MaxValue) : null;
}
