namespace Ouroboros.Core.Time;

/// <summary>
/// A clock that only moves when told: backtests set it to each bar's time, so everything that asks
/// TimeProvider sees the replayed moment, never the machine's clock.
/// </summary>
public sealed class SimulatedTimeProvider(DateTimeOffset start) : TimeProvider, IKernelClock
{
    private DateTimeOffset _now = start;

    public TimeProvider Time => this;

    public override DateTimeOffset GetUtcNow() => _now;

    /// <summary>Moves the clock forward; moving it backwards is a bug in the replay and throws.</summary>
    public void AdvanceTo(DateTimeOffset time)
    {
        if (time < _now)
            throw new InvalidOperationException($"Simulated time cannot go back from {_now:O} to {time:O}.");
        _now = time;
    }
}
