using Ouroboros.Risk.State;

namespace Ouroboros.Core.Ports;

/// <summary>
/// One move of a scope's trading state, as journaled in the state log. <see cref="Actor"/> says who moved it: a gate
/// or the engine ("risk:CircuitBreaker") or an operator ("cli:alice"), so every HALTED and every resume has an owner.
/// </summary>
public sealed record StateTransition(
    DateTimeOffset Time,
    string Scope,
    TradingState From,
    TradingState To,
    bool Killed,
    string Cause,
    string Reason,
    string Actor);
