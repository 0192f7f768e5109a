namespace Ouroboros.TestKit;

/// <summary>
/// Measures heap allocation of a hot loop robustly. The runtime itself may allocate on the calling thread while it
/// tiers code up (call counting, on-stack replacement), and that can land in any single measured window. Code that
/// really allocates per step does so in every window, so the quietest of several windows is the honest figure.
/// </summary>
public static class HeapAllocations
{
    /// <summary>Runs <paramref name="step"/> for every index in [from, to), split into <paramref name="windows"/>
    /// consecutive windows, and returns the bytes allocated by the quietest window.</summary>
    public static long QuietestWindow(int from, int to, Action<int> step, int windows = 5)
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentOutOfRangeException.ThrowIfLessThan(windows, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(to - from, windows, nameof(to));
        var quietest = long.MaxValue;
        var size = (to - from) / windows;
        for (var w = 0; w < windows; w++)
        {
            var start = from + (w * size);
            var end = w == windows - 1 ? to : start + size;
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = start; i < end; i++) step(i);
            quietest = Math.Min(quietest, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        return quietest;
    }
}
