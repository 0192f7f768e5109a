using System.Runtime.CompilerServices;
using Ouroboros.Domain.Bars;

namespace Ouroboros.MarketData;

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
/// Pass <c>isSessionDay</c> (e.g. from an exchange calendar) to judge daily session data exactly instead: then every
/// session day without a bar is missing, and long holidays (Seollal, Chuseok) are no longer reported.
/// </summary>
public static class GapDetector
{
    public const int MaxDailySpacingDays = 4;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static GapReport Detect(BarSeries series, bool? aroundTheClock = null, Func<DateOnly, bool>? isSessionDay = null)
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
            var missing = twentyFourSeven ? (delta - 1) / step
                : isSessionDay is not null && step == TimeSpan.TicksPerDay ? DaysBetween(from, to, isSessionDay)
                : SessionMissing(from, to, delta, series.Interval);
            if (missing > 0) gaps.Add(new Gap(from, to, missing));
        }
        return new GapReport(series.Interval, twentyFourSeven, gaps);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static long SessionMissing(DateTimeOffset from, DateTimeOffset to, long delta, BarInterval interval)
    {
        var step = interval.Length.Ticks;
        if (interval.IsIntraday)
            return from.UtcDateTime.Date == to.UtcDateTime.Date ? (delta - 1) / step : 0;
        if (step == TimeSpan.TicksPerDay)
            return delta > MaxDailySpacingDays * TimeSpan.TicksPerDay ? DaysBetween(from, to, IsWeekday) : 0;
        return delta > step + 3 * TimeSpan.TicksPerDay ? (delta - 1) / step : 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static long DaysBetween(DateTimeOffset from, DateTimeOffset to, Func<DateOnly, bool> counts)
    {
        long count = 0;
        var last = DateOnly.FromDateTime(to.UtcDateTime);
        for (var d = DateOnly.FromDateTime(from.UtcDateTime).AddDays(1); d < last; d = d.AddDays(1))
        {
            if (counts(d)) count++;
        }
        return count;
    }

    private static bool IsWeekday(DateOnly day) => day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
}
