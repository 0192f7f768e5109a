using Ouroboros.Domain.Bars;

namespace Ouroboros.Backtest.MarketData;

/// <summary>
/// Finds missing bars relative to the series' interval. Rules, chosen because there is no exchange calendar here:
/// <list type="bullet">
/// <item>24/7 series (see <see cref="TradingHours"/>): every missing bar is a gap.</item>
/// <item>Daily session data: consecutive bars more than <see cref="MaxDailySpacingDays"/> calendar days apart are a gap
/// (weekends and one-day holidays are not); the missing count is the weekdays in between.</item>
/// <item>Longer session intervals (weekly): spacing beyond interval + 3 days.</item>
/// <item>Intraday session data: only holes inside one UTC date count; nights, weekends and whole missing days are not
/// distinguishable from closed markets without a calendar.</item>
/// </list>
/// </summary>
public static class GapDetector
{
    public const int MaxDailySpacingDays = 4;

    public static GapReport Detect(BarSeries series, bool? aroundTheClock = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        var twentyFourSeven = aroundTheClock ?? TradingHours.IsAroundTheClock(series);
        var step = series.Interval.Length.Ticks;
        var bars = series.Bars;
        var gaps = new List<Gap>();
        for (var i = 1; i < bars.Length; i++)
        {
            var from = bars[i - 1].Time;
            var to = bars[i].Time;
            var delta = to.UtcTicks - from.UtcTicks;
            if (delta <= step) continue;
            var missing = twentyFourSeven ? (delta - 1) / step : SessionMissing(from, to, delta, series.Interval);
            if (missing > 0) gaps.Add(new Gap(from, to, missing));
        }
        return new GapReport(series.Interval, twentyFourSeven, gaps);
    }

    private static long SessionMissing(DateTimeOffset from, DateTimeOffset to, long delta, BarInterval interval)
    {
        var step = interval.Length.Ticks;
        if (interval.IsIntraday)
            return from.UtcDateTime.Date == to.UtcDateTime.Date ? (delta - 1) / step : 0;
        if (step == TimeSpan.TicksPerDay)
            return delta > MaxDailySpacingDays * TimeSpan.TicksPerDay ? WeekdaysBetween(from.UtcDateTime.Date, to.UtcDateTime.Date) : 0;
        return delta > step + 3 * TimeSpan.TicksPerDay ? (delta - 1) / step : 0;
    }

    private static long WeekdaysBetween(DateTime from, DateTime to)
    {
        long count = 0;
        for (var d = from.AddDays(1); d < to; d = d.AddDays(1))
        {
            if (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)) count++;
        }
        return count;
    }
}
