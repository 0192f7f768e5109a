using System.Runtime.CompilerServices;
using Ouroboros.Domain.Bars;

namespace Ouroboros.MarketData;

/// <summary>
/// Infers the bar interval from the median spacing of consecutive bar times. Files with dates only are daily
/// (weekly when the median spacing is a week); others take the median spacing itself (epoch-stamped daily bars → 1d).
/// </summary>
public static class IntervalInference
{
    /// <summary>Null when it cannot be inferred (fewer than two timestamped bars).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static BarInterval? Infer(ReadOnlySpan<Bar> bars, bool datesOnly)
    {
        if (bars.Length < 2) return datesOnly ? BarInterval.OneDay : null;
        var spacings = new long[bars.Length - 1];
        for (var i = 1; i < bars.Length; i++) spacings[i - 1] = bars[i].Time.UtcTicks - bars[i - 1].Time.UtcTicks;
        var median = Median(spacings);
        if (datesOnly) return median == TimeSpan.TicksPerDay * 7 ? BarInterval.OneWeek : BarInterval.OneDay;
        return median > 0 ? new BarInterval(TimeSpan.FromTicks(median)) : null;
    }

    private static long Median(long[] values)
    {
        Array.Sort(values);
        return values[(values.Length - 1) / 2];
    }
}
