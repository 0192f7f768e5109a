using Ouroboros.Core.Language;
using System.ClientModel;
using System.ClientModel.Primitives;
using OpenAI;
using OpenAI.Chat;

namespace Ouroboros.Ai.Providers;

/// <summary>
/// OpenAI Chat Completions and compatible servers through the official SDK's <see cref="ChatClient"/>. The SDK's
/// retries are off (routing retries); the deadline is ours. Structured output is <c>json_schema</c>, or
/// <c>json_object</c> when the profile says the server lacks schemas (the prompt then carries the shape).
/// With <see cref="ProviderSettings.UseMaxTokensField"/> the limit goes out as <c>max_tokens</c> for servers such
/// as Ollama that ignore <c>max_completion_tokens</c>.
/// </summary>
public sealed class OpenAiCompatibleChatModel : IChatModel
{
    private readonly ProviderSettings settings;
    private readonly TimeProvider clock;
    private readonly ChatClient client;

    public OpenAiCompatibleChatModel(ProviderSettings settings, TimeProvider clock, HttpClient? httpClient = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(clock);
        this.settings = settings;
        this.clock = clock;
        var options = new OpenAIClientOptions
        {
            Endpoint = new Uri(settings.BaseUrl),
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            // Our per-call deadline is the real bound; the SDK's is only a backstop.
            NetworkTimeout = Timeout.InfiniteTimeSpan,
        };
        if (httpClient is not null)
            options.Transport = new HttpClientPipelineTransport(httpClient);
        // Local servers ignore the key but the SDK insists on one.
        var key = string.IsNullOrEmpty(settings.ApiKey) ? "unused" : settings.ApiKey;
        client = new ChatClient(settings.Model, new ApiKeyCredential(key), options);
    }

    public string Provider => settings.Name;

    public string Model => settings.Model;

    public async Task<ChatResult> CompleteAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var call = new CallScope(clock, settings.TimeoutFor(request), cancellationToken);
        ChatCompletion completion;
        try
        {
            ChatMessage[] messages = [new SystemChatMessage(request.System), new UserChatMessage(request.User)];
            var result = await client.CompleteChatAsync(messages, Options(request), call.Token).ConfigureAwait(false);
            completion = result.Value;
        }
        catch (ClientResultException ex) when (ex.Status != 0)
        {
            return call.Fail(Classify(ex));
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return call.FromTransport(ex, settings.ApiKey) ?? Unusable(call, ex);
        }
        try
        {
            return Read(completion, call);
        }
        catch (Exception ex)
        {
            return Unusable(call, ex);
        }
    }

    private ChatCompletionOptions Options(ChatRequest request)
    {
        var options = new ChatCompletionOptions();
        if (request.Temperature is { } t)
            options.Temperature = (float)t;
        if (settings.UseMaxTokensField)
        {
#pragma warning disable SCME0001 // JsonPatch is the SDK's documented way to send an unmodelled field.
            options.Patch.Set("$.max_tokens"u8, request.MaxOutputTokens);
#pragma warning restore SCME0001
        }
        else
        {
            options.MaxOutputTokenCount = request.MaxOutputTokens;
        }
        if (request.JsonSchema is { } schema)
        {
            options.ResponseFormat = settings.SupportsJsonSchema
                ? ChatResponseFormat.CreateJsonSchemaFormat(SchemaName(request), BinaryData.FromString(schema), jsonSchemaIsStrict: true)
                : ChatResponseFormat.CreateJsonObjectFormat();
        }
        return options;
    }

    /// <summary>OpenAI allows a-z A-Z 0-9 _ - and at most 64 characters.</summary>
    private static string SchemaName(ChatRequest request)
    {
        var raw = string.IsNullOrWhiteSpace(request.SchemaName) ? "response" : request.SchemaName;
        var name = new string([.. raw.Select(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' ? c : '_')]);
        return name.Length <= 64 ? name : name[..64];
    }

    private ChatResult Read(ChatCompletion completion, CallScope call)
    {
        var usage = completion.Usage;
        int? tokensIn = usage?.InputTokenCount;
        int? tokensOut = usage?.OutputTokenCount;
        var finish = FinishName(completion.FinishReason);
        if (!string.IsNullOrWhiteSpace(completion.Refusal))
            return call.Fail(ChatFailureKind.Refused, "model refused: " + SecretRedactor.Clean(completion.Refusal, settings.ApiKey), null, tokensIn, tokensOut);
        if (completion.FinishReason == ChatFinishReason.ContentFilter)
            return call.Fail(ChatFailureKind.Refused, "answer withheld by the content filter", null, tokensIn, tokensOut);
        if (completion.FinishReason == ChatFinishReason.Length)
            return call.Fail(ChatFailureKind.Truncated, "answer cut off at the output token limit", null, tokensIn, tokensOut);
        var text = string.Concat((completion.Content ?? []).Where(p => p.Kind == ChatMessageContentPartKind.Text).Select(p => p.Text));
        if (string.IsNullOrWhiteSpace(text))
            return call.Fail(ChatFailureKind.Malformed, "the answer has no text", null, tokensIn, tokensOut);
        return ChatResult.Success(text, tokensIn, tokensOut, call.Elapsed, finish);
    }

    private static string FinishName(ChatFinishReason reason) => reason switch
    {
        ChatFinishReason.Stop => "stop",
        ChatFinishReason.Length => "length",
        ChatFinishReason.ContentFilter => "content_filter",
        ChatFinishReason.ToolCalls => "tool_calls",
        ChatFinishReason.FunctionCall => "function_call",
        _ => reason.ToString(),
    };

    private ChatFailure Classify(ClientResultException ex)
    {
        var raw = ex.GetRawResponse();
        string? body = null;
        TimeSpan? retryAfter = null;
        if (raw is not null)
        {
            try
            {
                body = raw.Content?.ToString();
            }
            catch (InvalidOperationException)
            {
                body = null;
            }
            raw.Headers.TryGetValue("retry-after-ms", out var ms);
            raw.Headers.TryGetValue("Retry-After", out var ra);
            retryAfter = RetryAfterParser.FromHeaders(ms, ra, clock);
        }
        return HttpFailureClassifier.Classify(ex.Status, body, retryAfter, settings.ApiKey);
    }

    private ChatResult Unusable(CallScope call, Exception ex) => call.Fail(UnusableAnswer.From(ex, settings.ApiKey));
}
