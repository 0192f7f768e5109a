using Ouroboros.Core.Journal;
using Ouroboros.Core.Ports;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.TestKit.Storage;

/// <summary>A run journal in memory, held to the same contract as the SQLite one (<c>RunStoreContract</c>).</summary>
public sealed class InMemoryRunStore : IRunStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<RunId, RunRecord> _runs = [];

    public Task SaveAsync(RunRecord run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        lock (_gate)
        {
            // Runs are immutable, as in every store: a second save of an id is an error, not an update.
            if (!_runs.TryAdd(run.Summary.Id, run with { RiskEvents = run.RiskEvents ?? [] }))
                throw new StorageException($"A run with id '{run.Summary.Id}' is already stored; runs are immutable.");
        }
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<RunSummary>> ListAsync(int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        lock (_gate)
        {
            IReadOnlyList<RunSummary> newest = [.. _runs.Values.Select(r => r.Summary)
                .OrderByDescending(s => s.CreatedAt.UtcTicks).ThenByDescending(s => s.Id.Value, StringComparer.Ordinal).Take(limit)];
            return Task.FromResult(newest);
        }
    }

    public Task<RunRecord?> GetAsync(RunId id, CancellationToken cancellationToken)
    {
        lock (_gate) return Task.FromResult(_runs.GetValueOrDefault(id));
    }

    public Task<bool> DeleteAsync(RunId id, CancellationToken cancellationToken)
    {
        lock (_gate) return Task.FromResult(_runs.Remove(id));
    }
}
