using System.Globalization;

namespace Ouroboros.Live.Replay;

/// <summary>
/// How fast a replay runs: simulated seconds per real second, or as fast as possible (<see cref="Max"/>). Waits longer
/// than <see cref="MaxWait"/> are cut to it, so nights and weekends pass quickly at any speed.
/// </summary>
public sealed record ReplaySpeed(double? SimulatedSecondsPerSecond)
{
    public static ReplaySpeed Max { get; } = new((double?)null);

    /// <summary>The longest real pause between two replayed moments.</summary>
    public TimeSpan MaxWait { get; init; } = TimeSpan.FromSeconds(2);

    public bool IsMax => SimulatedSecondsPerSecond is null;

    /// <summary>The real time to wait for <paramref name="simulated"/> to pass.</summary>
    public TimeSpan RealWaitFor(TimeSpan simulated)
    {
        if (SimulatedSecondsPerSecond is not { } speed || simulated <= TimeSpan.Zero) return TimeSpan.Zero;
        var wait = TimeSpan.FromSeconds(simulated.TotalSeconds / speed);
        return wait > MaxWait ? MaxWait : wait;
    }

    public override string ToString() => SimulatedSecondsPerSecond is { } s ? s.ToString("0.###", CultureInfo.InvariantCulture) + "x" : "max";
}
