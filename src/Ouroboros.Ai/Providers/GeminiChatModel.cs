using Ouroboros.Core.Language;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Ouroboros.Ai.Providers;

/// <summary>
/// Google Gemini's native <c>POST {base}/v1beta/models/{model}:generateContent</c> over plain HTTP, authenticated
/// with <c>x-goog-api-key</c> (never a query parameter, so the key stays out of URLs and logs). A schema goes out as
/// <c>responseJsonSchema</c> with <c>responseMimeType: application/json</c>.
/// </summary>
public sealed class GeminiChatModel : IChatModel
{
    private readonly ProviderSettings settings;
    private readonly TimeProvider clock;
    private readonly HttpClient http;
    private readonly Uri endpoint;

    /// <param name="httpClient">Shared client; its own timeout should be infinite or long (the call's deadline is ours).</param>
    public GeminiChatModel(ProviderSettings settings, TimeProvider clock, HttpClient httpClient)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(httpClient);
        this.settings = settings;
        this.clock = clock;
        http = httpClient;
        endpoint = new Uri($"{settings.BaseUrl.TrimEnd('/')}/v1beta/models/{Uri.EscapeDataString(settings.Model)}:generateContent");
    }

    public string Provider => settings.Name;

    public string Model => settings.Model;

    public async Task<ChatResult> CompleteAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var call = new CallScope(clock, settings.TimeoutFor(request), cancellationToken);
        try
        {
            using var message = new HttpRequestMessage(HttpMethod.Post, endpoint)
            {
                Content = new StringContent(GeminiWire.RequestBody(request), Encoding.UTF8, "application/json"),
            };
            if (!string.IsNullOrEmpty(settings.ApiKey))
                message.Headers.Add("x-goog-api-key", settings.ApiKey);
            message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            using var response = await http.SendAsync(message, HttpCompletionOption.ResponseContentRead, call.Token).ConfigureAwait(false);
            var body = await response.Content.ReadAsStringAsync(call.Token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                var retryAfter = RetryAfterParser.FromHeaders(Header(response, "retry-after-ms"), response.Headers.RetryAfter?.ToString(), clock);
                return call.Fail(HttpFailureClassifier.Classify((int)response.StatusCode, body, retryAfter, settings.ApiKey));
            }
            return Read(body, call);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return call.FromTransport(ex, settings.ApiKey) ?? call.Fail(UnusableAnswer.From(ex, settings.ApiKey));
        }
    }

    private static ChatResult Read(string body, CallScope call)
    {
        if (string.IsNullOrWhiteSpace(body))
            return call.Fail(ChatFailureKind.Malformed, "empty body");
        GeminiAnswer answer;
        try
        {
            answer = GeminiWire.Read(body);
        }
        catch (JsonException ex)
        {
            return call.Fail(ChatFailureKind.Malformed, "unreadable answer: " + SecretRedactor.Clean(ex.Message, null));
        }
        var (tokensIn, tokensOut) = (answer.TokensIn, answer.TokensOut);
        if (answer.PromptBlocked && string.IsNullOrEmpty(answer.Text))
            return call.Fail(ChatFailureKind.Refused, $"prompt blocked ({answer.FinishReason})", null, tokensIn, tokensOut);
        switch (answer.FinishReason)
        {
            case "MAX_TOKENS":
                return call.Fail(ChatFailureKind.Truncated, "answer cut off at the output token limit", null, tokensIn, tokensOut);
            case "SAFETY" or "RECITATION" or "BLOCKLIST" or "PROHIBITED_CONTENT" or "SPII" or "IMAGE_SAFETY":
                return call.Fail(ChatFailureKind.Refused, $"answer blocked ({answer.FinishReason})", null, tokensIn, tokensOut);
            default:
                break;
        }
        if (string.IsNullOrWhiteSpace(answer.Text))
            return call.Fail(ChatFailureKind.Malformed, "the answer has no text", null, tokensIn, tokensOut);
        return ChatResult.Success(answer.Text, tokensIn, tokensOut, call.Elapsed, answer.FinishReason);
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
