namespace Ouroboros.Risk.State;

/// <summary>How much trading a scope (the account, or one market) may do. Ordered by severity.</summary>
public enum TradingState
{
    /// <summary>Entries and exits allowed.</summary>
    Active = 0,
    /// <summary>Only exits: positions may shrink, none may grow. Lifts at the next trading day.</summary>
    Reducing = 1,
    /// <summary>No entries; exits only when the policy allows them. Lifts only by an operator (or the backtest's next day).</summary>
    Halted = 2,
}

/// <summary>The state of one scope and why it is in it.</summary>
public sealed record ScopeState(string Scope, TradingState State, DateTimeOffset Since, string Cause, string Reason, bool Killed)
{
    public static ScopeState ActiveSince(string scope, DateTimeOffset since) => new(scope, TradingState.Active, since, "start", "trading normally", false);
}
