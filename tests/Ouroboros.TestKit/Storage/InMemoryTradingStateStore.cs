using Ouroboros.Core.Ports;
using Ouroboros.Risk.State;

namespace Ouroboros.TestKit.Storage;

/// <summary>Trading states in memory, held to the same contract as the SQLite store (<c>TradingStateStoreContract</c>).</summary>
public sealed class InMemoryTradingStateStore(TimeProvider timeProvider) : ITradingStateStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, ScopeStateRecord> _states = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<TradingStateChanged> _log = [];

    public Task<IReadOnlyList<ScopeStateRecord>> LoadStatesAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<ScopeStateRecord> states = [.. _states.Values
                .OrderBy(s => string.Equals(s.Scope, TradingStateBook.AccountScope, StringComparison.OrdinalIgnoreCase) ? 0 : 1)
                .ThenBy(s => s.Scope, StringComparer.OrdinalIgnoreCase)];
            return Task.FromResult(states);
        }
    }

    public Task SaveTransitionAsync(TradingStateChanged transition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(transition);
        if (string.IsNullOrWhiteSpace(transition.Scope)) throw new ArgumentException("A trading state transition needs a scope.", nameof(transition));
        if (string.IsNullOrWhiteSpace(transition.Actor)) throw new ArgumentException($"The transition of '{transition.Scope}' needs an actor.", nameof(transition));
        lock (_gate)
        {
            _states[transition.Scope] = new ScopeStateRecord(transition.Scope, transition.To, transition.Killed, transition.Time,
                transition.Cause, transition.Reason, timeProvider.GetUtcNow());
            _log.Add(transition);
        }
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<TradingStateChanged>> HistoryAsync(string? scope, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var wanted = string.IsNullOrWhiteSpace(scope) ? null : scope.Trim();
        lock (_gate)
        {
            IReadOnlyList<TradingStateChanged> newest = [.. Enumerable.Reverse(_log)
                .Where(t => wanted is null || string.Equals(t.Scope, wanted, StringComparison.OrdinalIgnoreCase)).Take(limit)];
            return Task.FromResult(newest);
        }
    }
}
