namespace Ouroboros.Ai.Routing;

/// <summary>A provider's circuit: <see cref="Closed"/> calls go through; <see cref="Open"/> calls fail fast until the
/// cool-off ends; <see cref="HalfOpen"/> the next call is a probe that closes the circuit on success or opens it again.</summary>
public enum BreakerState
{
    Closed,
    Open,
    HalfOpen,
}
