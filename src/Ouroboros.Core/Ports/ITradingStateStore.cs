using Ouroboros.Risk.State;

namespace Ouroboros.Core.Ports;

/// <summary>
/// The operator-visible trading state per scope ("account" or a market such as "KRX"), kept outside any run so it
/// survives restarts: a HALTED scope stays HALTED until an operator resumes it. Implementations: SQLite (default).
/// </summary>
public interface ITradingStateStore
{
    /// <summary>Every scope that ever had a transition, "account" first, then by name. Scopes never stored are ACTIVE.</summary>
    Task<IReadOnlyList<ScopeStateRecord>> LoadStatesAsync(CancellationToken cancellationToken);

    /// <summary>Makes <paramref name="transition"/> the scope's current state and appends it to the log, in one transaction.</summary>
    Task SaveTransitionAsync(TradingStateChanged transition, CancellationToken cancellationToken);

    /// <summary>Transitions newest first (all scopes when <paramref name="scope"/> is null), at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<TradingStateChanged>> HistoryAsync(string? scope, int limit, CancellationToken cancellationToken);
}
