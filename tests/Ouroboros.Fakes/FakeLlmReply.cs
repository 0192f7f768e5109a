namespace Ouroboros.Fakes;

/// <summary>One scripted answer; the server writes it in the format the request came in.</summary>
public sealed record FakeLlmReply(
    FakeLlmReplyKind Kind,
    string? Text = null,
    int TokensIn = 0,
    int TokensOut = 0,
    TimeSpan? RetryAfter = null,
    TimeSpan? Delay = null,
    int? Status = null)
{
    /// <summary>Longest a hang lasts, so a forgotten test never holds a connection for long.</summary>
    public static readonly TimeSpan MaxHang = TimeSpan.FromSeconds(30);

    public static FakeLlmReply Success(string text, int tokensIn = 42, int tokensOut = 17) =>
        new(FakeLlmReplyKind.Success, text, tokensIn, tokensOut);

    public static FakeLlmReply RateLimited(TimeSpan retryAfter) => new(FakeLlmReplyKind.RateLimited, RetryAfter: retryAfter);

    public static FakeLlmReply QuotaExhausted() => new(FakeLlmReplyKind.QuotaExhausted, RetryAfter: TimeSpan.FromSeconds(30));

    public static FakeLlmReply ServerError(int status = 500) => new(FakeLlmReplyKind.ServerError, Status: status);

    public static FakeLlmReply Overloaded() => new(FakeLlmReplyKind.Overloaded);

    /// <summary>Waits (at most <see cref="MaxHang"/>, less if the client goes away), then answers the default.</summary>
    public static FakeLlmReply Hang(TimeSpan delay) => new(FakeLlmReplyKind.Hang, Delay: delay);

    public static FakeLlmReply EmptyBody() => new(FakeLlmReplyKind.EmptyBody);

    public static FakeLlmReply MalformedBody() => new(FakeLlmReplyKind.MalformedBody);

    public static FakeLlmReply Refusal() => new(FakeLlmReplyKind.Refusal, "I can't help with that.", 42, 6);

    /// <summary>Cut off at the token limit: finish <c>length</c> / <c>max_tokens</c> / <c>MAX_TOKENS</c>.</summary>
    public static FakeLlmReply Truncated(string partialText = "{\"action\":\"BU", int tokensIn = 42, int tokensOut = 400) =>
        new(FakeLlmReplyKind.Truncated, partialText, tokensIn, tokensOut);

    /// <summary>A 200 whose text does not fit the requested schema; the decision parser has to cope.</summary>
    public static FakeLlmReply SchemaViolating(string text = "{\"verdict\":\"maybe\",\"mood\":7}") =>
        new(FakeLlmReplyKind.SchemaViolating, text, 42, 9);

    /// <summary>Any status and body, sent as is (e.g. Gemini's OpenAI-compat error array).</summary>
    public static FakeLlmReply Raw(int status, string body) => new(FakeLlmReplyKind.Raw, body, Status: status);
}
