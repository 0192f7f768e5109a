using Ouroboros.Core.Ports;

namespace Ouroboros.TestKit.Storage;

/// <summary>The LLM call log in memory, held to the same contract as the SQLite log (<c>LlmCallLogContract</c>).</summary>
public sealed class InMemoryLlmCallLog : ILlmCallLog
{
    private readonly Lock _gate = new();
    private readonly List<LlmCallRecord> _calls = [];

    /// <summary>Every call appended so far, in append order.</summary>
    public IReadOnlyList<LlmCallRecord> Calls
    {
        get
        {
            lock (_gate) return [.. _calls];
        }
    }

    public Task AppendAsync(LlmCallRecord call, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        if (!double.IsFinite(call.LatencyMs) || call.LatencyMs < 0)
            throw new ArgumentOutOfRangeException(nameof(call), call.LatencyMs, "The latency of an LLM call must be a finite, non-negative number of milliseconds.");
        if (call.TokensIn < 0 || call.TokensOut < 0 || call.Cost < 0)
            throw new ArgumentOutOfRangeException(nameof(call), "Token counts and costs cannot be negative.");
        lock (_gate) _calls.Add(call);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<LlmCallRecord>> ListAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            // OrderBy is stable, so calls at the same instant keep their append order, as the SQLite id does.
            IReadOnlyList<LlmCallRecord> calls = [.. _calls.Where(c => c.Time >= from && c.Time < to).OrderBy(c => c.Time.UtcTicks)];
            return Task.FromResult(calls);
        }
    }
}
