namespace Ouroboros.Core.Language;

/// <summary>
/// The outcome of one call: the answer text with usage, or a <see cref="ChatFailure"/>. Token counts are null when
/// the provider did not report them. <see cref="FinishReason"/> is the provider's own word ("stop", "length",
/// "end_turn", "MAX_TOKENS", ...).
/// </summary>
public sealed record ChatResult
{
    private ChatResult(string? text, int? tokensIn, int? tokensOut, TimeSpan latency, string? finishReason, ChatFailure? failure)
    {
        Text = text;
        TokensIn = tokensIn;
        TokensOut = tokensOut;
        Latency = latency;
        FinishReason = finishReason;
        Failure = failure;
    }

    public string? Text { get; }
    public int? TokensIn { get; }
    public int? TokensOut { get; }
    public TimeSpan Latency { get; }
    public string? FinishReason { get; }
    public ChatFailure? Failure { get; }
    public bool Succeeded => Failure is null;

    public static ChatResult Success(string text, int? tokensIn, int? tokensOut, TimeSpan latency, string? finishReason = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new ChatResult(text, tokensIn, tokensOut, latency, finishReason, null);
    }

    /// <summary>A failure; usage may still be known (e.g. an answer cut off at the length limit).</summary>
    public static ChatResult Fail(ChatFailure failure, TimeSpan latency, int? tokensIn = null, int? tokensOut = null)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return new ChatResult(null, tokensIn, tokensOut, latency, null, failure);
    }
}

/// <summary>
/// Why a call failed. <see cref="HttpStatus"/> is null when no response arrived. <see cref="RetryAfter"/> is the
/// delay the provider asked for (Retry-After, retry-after-ms, Gemini's RetryInfo.retryDelay), null when none.
/// <see cref="Message"/> never contains the API key.
/// </summary>
public sealed record ChatFailure(ChatFailureKind Kind, string Message, int? HttpStatus = null, TimeSpan? RetryAfter = null)
{
    /// <summary>Worth another attempt at the same model after a pause.</summary>
    public bool IsRetryable => Kind is ChatFailureKind.RateLimited or ChatFailureKind.ServerError
        or ChatFailureKind.Overloaded or ChatFailureKind.Timeout or ChatFailureKind.Network;

    public override string ToString() => HttpStatus is { } s ? $"{KindName(Kind)} (HTTP {s}): {Message}" : $"{KindName(Kind)}: {Message}";

    /// <summary>The kebab-case name used in <c>llm_calls.outcome</c>.</summary>
    public static string KindName(ChatFailureKind kind) => kind switch
    {
        ChatFailureKind.RateLimited => "rate-limited",
        ChatFailureKind.QuotaExhausted => "quota-exhausted",
        ChatFailureKind.ServerError => "server-error",
        ChatFailureKind.Overloaded => "overloaded",
        ChatFailureKind.Timeout => "timeout",
        ChatFailureKind.Network => "network",
        ChatFailureKind.Auth => "auth",
        ChatFailureKind.InvalidRequest => "invalid-request",
        ChatFailureKind.Refused => "refused",
        ChatFailureKind.Truncated => "truncated",
        ChatFailureKind.Malformed => "malformed",
        _ => "unknown",
    };
}

public enum ChatFailureKind
{
    /// <summary>429 rate limit (per-minute); retry after the given delay.</summary>
    RateLimited,
    /// <summary>429 for a spent quota or billing (OpenAI insufficient_quota, Gemini PerDay quota): do not retry today.</summary>
    QuotaExhausted,
    /// <summary>500, 502, 503, 504.</summary>
    ServerError,
    /// <summary>Anthropic 529 overloaded_error.</summary>
    Overloaded,
    /// <summary>No answer within the request's timeout.</summary>
    Timeout,
    /// <summary>Connection refused, reset or DNS failure.</summary>
    Network,
    /// <summary>401, 403, or Gemini's 400 for a bad key.</summary>
    Auth,
    /// <summary>Other 4xx: the request itself is wrong (model name, schema).</summary>
    InvalidRequest,
    /// <summary>The model refused, or the content was blocked for safety.</summary>
    Refused,
    /// <summary>The answer was cut off at the output token limit.</summary>
    Truncated,
    /// <summary>A 2xx whose body is empty or not the provider's shape.</summary>
    Malformed,
    Unknown,
}
