namespace Ouroboros.Core.Ports;

/// <summary>Every LLM call attempt, priced (table <c>llm_calls</c>). Append-only.</summary>
public interface ILlmCallLog
{
    Task AppendAsync(LlmCallRecord call, CancellationToken cancellationToken);

    /// <summary>Calls with <c>from &lt;= Time &lt; to</c>, oldest first.</summary>
    Task<IReadOnlyList<LlmCallRecord>> ListAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);
}

/// <summary>
/// One attempt at one model. Tokens and cost are null when the provider did not report usage (missing is not
/// zero). <see cref="Outcome"/> is "ok", "cache-hit", or the failure kind ("rate-limited", "server-error",
/// "overloaded", "timeout", "malformed", "budget-spent", ...). <see cref="PromptHash"/> is the SHA-256 of the
/// prompt text, so a call can be matched to its cached response without storing the prompt twice.
/// </summary>
public sealed record LlmCallRecord(
    DateTimeOffset Time,
    string Task,
    string Provider,
    string Model,
    string PromptHash,
    int? TokensIn,
    int? TokensOut,
    decimal? Cost,
    double LatencyMs,
    string Outcome,
    bool CacheHit,
    string? Error = null);
