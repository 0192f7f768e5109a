using Ouroboros.Risk.Engine;
using Ouroboros.Risk.Events;

namespace Ouroboros.Risk.State;

/// <summary>
/// ACTIVE / REDUCING / HALTED per scope: "account" and each market ("KRX", "NYSE", …). The state that applies to an
/// order is the more severe of the account's and its market's. Every transition is an event naming its cause.
/// </summary>
public sealed class TradingStateBook
{
    public const string AccountScope = "account";
    private readonly Dictionary<string, ScopeState> _states = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<RiskEvent> _events;

    public TradingStateBook(List<RiskEvent> events) => _events = events;

    public IReadOnlyCollection<ScopeState> All => _states.Values;

    public ScopeState Get(string scope) =>
        _states.TryGetValue(scope, out var s) ? s : ScopeState.ActiveSince(scope, DateTimeOffset.MinValue);

    /// <summary>The more severe of the account's state and <paramref name="market"/>'s (a kill anywhere wins).</summary>
    public ScopeState Effective(string? market)
    {
        var account = Get(AccountScope);
        if (market is null) return account;
        var m = Get(market);
        if (account.Killed) return account;
        if (m.Killed) return m;
        return m.State > account.State ? m : account;
    }

    /// <summary>
    /// Puts <paramref name="scope"/> into <paramref name="to"/>; no event when nothing changes. <paramref name="actor"/>
    /// defaults to the engine itself (<see cref="TradingStateChanged.EngineActor"/>).
    /// </summary>
    public bool Move(string scope, TradingState to, DateTimeOffset time, string cause, string reason, IReadOnlyList<RiskFigure>? figures = null, bool killed = false, string? actor = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(scope);
        var from = Get(scope);
        if (from.State == to && from.Killed == killed) return false;
        _states[scope] = new ScopeState(scope, to, time, cause, reason, killed);
        var change = new TradingStateChanged(time, scope, from.State, to, killed, cause, reason, actor ?? TradingStateChanged.EngineActor(cause));
        _events.Add(RiskEvent.Of(change, figures));
        return true;
    }

    /// <summary>Loads a persisted state (after a restart) without an event: a restart must not resume anything.</summary>
    public void Restore(ScopeState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        _states[state.Scope] = state;
    }
}
