using System.Globalization;
using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Calendars;

namespace Ouroboros.MarketData;

/// <summary>
/// Reports bars that the instrument's market could not have produced, using its exchange calendar:
/// <list type="bullet">
/// <item>Daily bars (stamped 00:00 UTC of their session date): the date must be a trading day, i.e. not a weekend
/// and not a known holiday (holidays are known for the calendar's coverage years; outside them only weekends count).</item>
/// <item>Intraday bars: the bar [open time, open time + interval) must overlap a session of that local day: the
/// regular session, plus the pre-market and after-hours windows when <c>extendedHours</c> is true (vendors such as
/// Yahoo include them for US stocks). A bar lying wholly inside a lunch break, at night, on a weekend or holiday fails.</item>
/// <item>Weekly and longer bars span several days and are not checked; crypto calendars never close.</item>
/// </list>
/// The cached series carries no line numbers, so problems name the bar time instead.
/// </summary>
public static class SessionCheck
{
    /// <summary>Adds one problem per bar outside the sessions, then a summary; returns how many bars failed.</summary>
    public static int Check(BarSeries series, MarketCalendar calendar, ProblemCollector problems, bool extendedHours = true)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(problems);
        if (calendar.IsAroundTheClock) return 0;
        var length = series.Interval.Length;
        int failed;
        if (length == TimeSpan.FromDays(1)) failed = CheckDaily(series.Bars, calendar, problems);
        else if (series.Interval.IsIntraday) failed = CheckIntraday(series.Bars, length, calendar, problems, extendedHours);
        else return 0;
        if (failed > 0)
            problems.AddSummary($"{failed} bar(s) fall outside the {calendar.Market} trading sessions; check the venue, and that times are UTC bar-open times (daily bars: the session date)");
        return failed;
    }

    /// <summary>Throws one <see cref="MarketDataException"/> listing every bar outside the sessions.</summary>
    public static void ThrowIfOutside(BarSeries series, MarketCalendar calendar, string path, bool extendedHours = true)
    {
        var problems = new ProblemCollector(path);
        Check(series, calendar, problems, extendedHours);
        problems.ThrowIfAny();
    }

    private static int CheckDaily(ReadOnlySpan<Bar> bars, MarketCalendar calendar, ProblemCollector problems)
    {
        var failed = 0;
        foreach (ref readonly var bar in bars)
        {
            var date = DateOnly.FromDateTime(bar.Time.UtcDateTime);
            if (calendar.IsTradingDay(date)) continue;
            failed++;
            var why = calendar.HolidayName(date) is { } name ? $"a {calendar.Market} holiday ({name})" : $"a {date.DayOfWeek}";
            problems.Add(null, $"daily bar {date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} is on {why}, when {calendar.Market} does not trade");
        }
        return failed;
    }

    private static int CheckIntraday(ReadOnlySpan<Bar> bars, TimeSpan length, MarketCalendar calendar, ProblemCollector problems, bool extendedHours)
    {
        var failed = 0;
        var days = new DayLookup(calendar);
        foreach (ref readonly var bar in bars)
        {
            var start = bar.Time;
            var end = start + length;
            if (Overlaps(days.For(calendar.LocalDateOf(start)), start, end, extendedHours)) continue;
            var lastDate = calendar.LocalDateOf(end.AddTicks(-1));
            if (Overlaps(days.For(lastDate), start, end, extendedHours)) continue;
            failed++;
            var local = calendar.ToLocal(start);
            var session = calendar.SessionAt(start).ToString().ToLowerInvariant();
            problems.Add(null, $"bar at {start.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}Z ({local.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture)} local) is outside the {calendar.Market} sessions ({session})");
        }
        return failed;
    }

    private static bool Overlaps(TradingDaySchedule? day, DateTimeOffset start, DateTimeOffset end, bool extendedHours)
    {
        if (day is null) return false;
        var first = extendedHours && day.PreMarketStart is { } pre ? pre : day.Open;
        var last = extendedHours && day.AfterHoursEnd is { } after ? after : day.Close;
        if (day.LunchStart is { } lunchStart && day.LunchEnd is { } lunchEnd)
            return Overlap(start, end, first, lunchStart) || Overlap(start, end, lunchEnd, last);
        return Overlap(start, end, first, last);
    }

    private static bool Overlap(DateTimeOffset start, DateTimeOffset end, DateTimeOffset from, DateTimeOffset to) => start < to && end > from;

    /// <summary>Intraday files visit each day many times in a row; remember the last two days' schedules.</summary>
    private sealed class DayLookup(MarketCalendar calendar)
    {
        private DateOnly _date = DateOnly.MinValue;
        private TradingDaySchedule? _day;
        private DateOnly _previousDate = DateOnly.MinValue;
        private TradingDaySchedule? _previousDay;

        public TradingDaySchedule? For(DateOnly date)
        {
            if (date == _date) return _day;
            if (date == _previousDate) return _previousDay;
            (_previousDate, _previousDay) = (_date, _day);
            (_date, _day) = (date, calendar.ScheduleFor(date));
            return _day;
        }
    }
}
