using Ouroboros.Risk.State;
using Ouroboros.Core.Ports;

namespace Ouroboros.Application.Operations;

/// <summary>
/// What a halt, resume or kill did: <see cref="Transition"/> is the stored change, or null when the scope already was
/// where it was asked to go (<see cref="Before"/> says since when and why); nothing is written then.
/// </summary>
public sealed record TradingStateChange(ScopeStateRecord Before, TradingStateChanged? Transition)
{
    public bool Changed => Transition is not null;
}
