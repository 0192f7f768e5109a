using Ouroboros.Domain.Bars;
using Ouroboros.Strategies.Tests.Support;
using Ouroboros.TestKit;

namespace Ouroboros.Strategies.Tests.Momentum;

internal static class MomentumScenarios
{
    /// <summary>Small windows so that months of synthetic daily bars exercise the strategy: 20-5 momentum, ATR 5.</summary>
    public static MomentumSettings Small(int top = 2, bool absoluteFilter = true, decimal riskPercent = 1m) =>
        new(Lookback: 20, Skip: 5, Top: top, AtrPeriod: 5, RiskPercent: riskPercent, AtrMultiple: 2m, AbsoluteFilter: absoluteFilter);

    public static BarSeries[] RandomUniverse(int instruments, int days, int seed) =>
        [.. Enumerable.Range(0, instruments).Select(i =>
            BarBuilder.Series(((char)('A' + i)).ToString(), BarBuilder.RandomWalk(seed + i, days)))];

    /// <summary>Times of the slices that start a new UTC month, the run's first slice excepted.</summary>
    public static List<DateTimeOffset> MonthStarts(IEnumerable<DateTimeOffset> sliceTimes)
    {
        var starts = new List<DateTimeOffset>();
        DateTimeOffset? previous = null;
        foreach (var t in sliceTimes.Distinct().Order())
        {
            if (previous is { } p && (p.Year != t.Year || p.Month != t.Month)) starts.Add(t);
            previous = t;
        }
        return starts;
    }

    /// <summary>The 12-1 score as a plain formula: 100·(close[t−skip] / close[t−lookback] − 1), null without enough history.</summary>
    public static double? Score(BarSeries series, DateTimeOffset time, int lookback, int skip)
    {
        var t = -1;
        for (var i = 0; i < series.Count; i++) if (series[i].Time == time) t = i;
        if (t < lookback) return null;
        return (double)(100m * ((series[t - skip].Close / series[t - lookback].Close) - 1m));
    }
}
