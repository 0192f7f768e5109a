using Ouroboros.Core.Language;

namespace Ouroboros.Ai.Providers;

/// <summary>
/// Turns an HTTP error (status, body, Retry-After) into a <see cref="ChatFailure"/>, the same way for every vendor:
/// a 429 is a spent quota when the body says so (<c>insufficient_quota</c>, a Gemini <c>PerDay</c> quota id),
/// otherwise a rate limit; 402 is billing; 529 is Anthropic's overload; 401/403 and Gemini's 400 for a bad key
/// are auth; 5xx are server errors; the rest of 4xx are the request's fault.
/// </summary>
internal static class HttpFailureClassifier
{
    public static ChatFailure Classify(int status, string? body, TimeSpan? headerRetryAfter, string? apiKey)
    {
        var error = ProviderErrorBody.Parse(body);
        var text = SecretRedactor.Clean(ProviderErrorBody.Describe(error, status), apiKey);
        var retryAfter = headerRetryAfter ?? error.RetryDelay;
        var kind = KindOf(status, error);
        return new ChatFailure(kind, text, status, kind == ChatFailureKind.RateLimited || kind == ChatFailureKind.Overloaded || kind == ChatFailureKind.ServerError ? retryAfter : null);
    }

    private static ChatFailureKind KindOf(int status, ProviderErrorBody error) => status switch
    {
        429 when IsQuota(error) => ChatFailureKind.QuotaExhausted,
        429 => ChatFailureKind.RateLimited,
        402 => ChatFailureKind.QuotaExhausted,
        529 => ChatFailureKind.Overloaded,
        503 when error.Says("overloaded_error") => ChatFailureKind.Overloaded,
        401 or 403 => ChatFailureKind.Auth,
        400 when IsBadKey(error) => ChatFailureKind.Auth,
        408 => ChatFailureKind.Timeout,
        >= 500 and < 600 => ChatFailureKind.ServerError,
        >= 400 and < 500 => ChatFailureKind.InvalidRequest,
        _ => ChatFailureKind.Unknown,
    };

    private static bool IsQuota(ProviderErrorBody e) =>
        e.Says("insufficient_quota") || e.Says("billing_error")
        || e.QuotaIds.Any(q => q.Contains("PerDay", StringComparison.OrdinalIgnoreCase));

    private static bool IsBadKey(ProviderErrorBody e) =>
        e.Reasons.Any(r => r.Contains("API_KEY", StringComparison.OrdinalIgnoreCase))
        || (e.Message?.Contains("API key", StringComparison.OrdinalIgnoreCase) ?? false);
}
