namespace Ouroboros.Fakes;

/// <summary>What the fake does with one request.</summary>
public enum FakeLlmReplyKind
{
    Success,
    RateLimited,
    QuotaExhausted,
    ServerError,
    Overloaded,
    Hang,
    EmptyBody,
    MalformedBody,
    Refusal,
    Truncated,
    SchemaViolating,
    Raw,
}
