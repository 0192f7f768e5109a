using Ouroboros.Domain.Bars;

namespace Ouroboros.Analytics.Statistics;

/// <summary>Buy-and-hold statistics of a benchmark series over the run's date range.</summary>
internal static class BenchmarkCalculator
{
    /// <summary>Null when the series has no close inside [start, end].</summary>
    public static BenchmarkStatistics? Compute(BarSeries series, DateTimeOffset start, DateTimeOffset end, bool tradesAroundTheClock, double? strategyTotalReturn)
    {
        var range = Range(series.Bars, start, end);
        if (range is not var (first, last)) return null;

        var bars = series.Bars;
        var returns = new ReturnAccumulator();
        var drawdown = new DrawdownTracker();
        var previous = (double)bars[first].Close;
        for (var i = first; i <= last; i++)
        {
            var close = (double)bars[i].Close;
            if (i > first) returns.Add(close / previous - 1);
            drawdown.Add(i - first, bars[i].Time.UtcTicks, close);
            previous = close;
        }

        var startPrice = bars[first].Close;
        var endPrice = bars[last].Close;
        var totalReturn = (double)((endPrice - startPrice) / startPrice);
        var periodsPerYear = Annualization.PeriodsPerYear(series.Interval, tradesAroundTheClock);
        return new BenchmarkStatistics(
            series.Instrument.Symbol,
            bars[first].Time,
            bars[last].Time,
            startPrice,
            endPrice,
            totalReturn,
            Annualization.Cagr((double)(endPrice / startPrice), bars[last].Time - bars[first].Time),
            drawdown.MaxDrawdown,
            returns.Sharpe(periodsPerYear),
            strategyTotalReturn - totalReturn);
    }

    /// <summary>Index of the first bar at or after <paramref name="start"/> and of the last bar at or before <paramref name="end"/>.</summary>
    public static (int First, int Last)? Range(ReadOnlySpan<Bar> bars, DateTimeOffset start, DateTimeOffset end)
    {
        var first = LowerBound(bars, start);
        var last = LowerBound(bars, end);
        if (last == bars.Length || bars[last].Time > end) last--;
        return first < bars.Length && last >= first ? (first, last) : null;
    }

    /// <summary>The first index whose time is at or after <paramref name="time"/> (binary search).</summary>
    private static int LowerBound(ReadOnlySpan<Bar> bars, DateTimeOffset time)
    {
        int lo = 0, hi = bars.Length;
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) / 2);
            if (bars[mid].Time < time) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
