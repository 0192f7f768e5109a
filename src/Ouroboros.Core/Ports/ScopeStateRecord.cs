using Ouroboros.Risk.State;

namespace Ouroboros.Core.Ports;

/// <summary>
/// The stored current state of one scope: what <see cref="ScopeState"/> holds plus when the row was last written
/// (<see cref="UpdatedAt"/> is the writer's clock; <see cref="Since"/> is when the transition happened).
/// </summary>
public sealed record ScopeStateRecord(
    string Scope,
    TradingState State,
    bool Killed,
    DateTimeOffset Since,
    string Cause,
    string Reason,
    DateTimeOffset UpdatedAt)
{
    /// <summary>The form <see cref="TradingStateBook.Restore"/> takes after a restart.</summary>
    public ScopeState ToScopeState() => new(Scope, State, Since, Cause, Reason, Killed);
}
