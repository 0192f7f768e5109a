using Ouroboros.Core.Ports;
using Ouroboros.Risk.Policy;

namespace Ouroboros.Application.Operations;

/// <summary>One scope's state; <see cref="Stored"/> is false for the implicit ACTIVE account that never changed.</summary>
public sealed record ScopeStatus(ScopeStateRecord State, bool Stored);

/// <summary>One risk limit: the policy's hard value and the value in effect (null when this build does not know it).</summary>
public sealed record LimitStatus(LimitDefinition Limit, decimal? InEffect)
{
    public bool Tightened => InEffect is { } v && v != Limit.Hard;
}

/// <summary>Every scope's trading state and every risk limit, read from the journal at <see cref="Journal"/>.</summary>
public sealed record TradingStatus(IReadOnlyList<ScopeStatus> States, IReadOnlyList<LimitStatus> Limits, string Journal);

/// <summary>
/// What a halt, resume or kill did: <see cref="Transition"/> is the stored change, or null when the scope already was
/// where it was asked to go (<see cref="Before"/> says since when and why); nothing is written then.
/// </summary>
public sealed record TradingStateChange(ScopeStateRecord Before, StateTransition? Transition)
{
    public bool Changed => Transition is not null;
}

/// <summary>Transitions newest first, for <see cref="Scope"/> (null: all scopes).</summary>
public sealed record TradingStateHistory(IReadOnlyList<StateTransition> Transitions, string? Scope);
