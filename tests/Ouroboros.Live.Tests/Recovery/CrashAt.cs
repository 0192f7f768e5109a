using Ouroboros.Core.Faults;

namespace Ouroboros.Live.Tests.Recovery;

/// <summary>
/// Stands in for <c>kill -9</c> inside the process: throws at the <see cref="Hit"/>th hit of <see cref="Point"/> (of any
/// point when it is null). Once it has fired the process counts as dead: every later hit throws too, so nothing that
/// still runs can pass another crash point.
/// </summary>
internal sealed class CrashAt(string? point, int hit) : ICrashPoints
{
    private int _hits;

    public string? Point { get; } = point;

    public int HitNumber { get; } = hit;

    /// <summary>Where it fired; null while the process lives.</summary>
    public string? FiredAt { get; private set; }

    public static bool IsCrash(Exception e) => e is SimulatedCrash || e.InnerException is { } inner && IsCrash(inner);

    public void Hit(string point)
    {
        if (FiredAt is not null) throw new SimulatedCrash($"{point} after the crash at {FiredAt}");
        if (Point is not null && point != Point) return;
        if (++_hits < HitNumber) return;
        FiredAt = point;
        throw new SimulatedCrash(point);
    }

    public override string ToString() => $"crash at hit {HitNumber} of {Point ?? "any point"}";

    private sealed class SimulatedCrash(string point) : Exception($"simulated crash at {point}");
}
