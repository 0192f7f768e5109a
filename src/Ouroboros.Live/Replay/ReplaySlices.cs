using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Calendars;

namespace Ouroboros.Live.Replay;

/// <summary>
/// Stored bar series merged into time slices in time order, numbered from 1 (the numbering a restart resumes by). The
/// same slices a backtest's replay forms: every bar stamped with one time, in instrument order; nothing is invented
/// for an instrument without a bar at that time.
/// </summary>
public static class ReplaySlices
{
    public static IEnumerable<ReplaySlice> Of(IReadOnlyList<BarSeries> series, MarketCalendar? calendar)
    {
        ArgumentNullException.ThrowIfNull(series);
        var heads = new int[series.Count];
        var daily = series.Count > 0 && !series[0].Interval.IsIntraday;
        long number = 0;
        while (true)
        {
            var next = long.MaxValue;
            for (var i = 0; i < series.Count; i++)
            {
                if (heads[i] < series[i].Count && series[i][heads[i]].Time.UtcTicks < next) next = series[i][heads[i]].Time.UtcTicks;
            }
            if (next == long.MaxValue) yield break;
            var bars = new List<(int, Bar)>();
            for (var i = 0; i < series.Count; i++)
            {
                if (heads[i] < series[i].Count && series[i][heads[i]].Time.UtcTicks == next) bars.Add((i, series[i][heads[i]++]));
            }
            var time = new DateTimeOffset(next, TimeSpan.Zero);
            yield return new ReplaySlice(++number, time, TradingDateOf(time, daily, calendar), bars);
        }
    }

    /// <summary>How many slices <see cref="Of"/> yields (distinct bar times), without building them.</summary>
    public static long Count(IReadOnlyList<BarSeries> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (series.Count == 1) return series[0].Count;
        var times = new HashSet<long>();
        foreach (var s in series)
            foreach (ref readonly var bar in s.Bars) times.Add(bar.Time.UtcTicks);
        return times.Count;
    }

    /// <summary>The kernel's rule: daily bars belong to their UTC date, intraday bars to the market's local date.</summary>
    public static DateOnly TradingDateOf(DateTimeOffset time, bool dailyBars, MarketCalendar? calendar) =>
        calendar is not null && !dailyBars ? calendar.LocalDateOf(time) : DateOnly.FromDateTime(time.UtcDateTime);
}
