using Ouroboros.Domain.Calendars;

namespace Ouroboros.Ai.Strategies;

/// <summary>
/// When batch mode decides with intraday bars: the regular session of each trading day cut into
/// <c>sessionsPerDay</c> equal parts, one decision at the first slice that closes inside (or after) a part not yet
/// decided. Pre-market bars and days the calendar has no session for never trigger one.
/// </summary>
internal sealed class BatchSessions(MarketCalendar calendar, int sessionsPerDay)
{
    private DateOnly _date = DateOnly.MinValue;
    private int _part = -1;
    private DateOnly _scheduleDate = DateOnly.MinValue;
    private TradingDaySchedule? _schedule;

    /// <summary>True once per session part; <paramref name="closeTime"/> is when the slice's bars closed.</summary>
    public bool IsDue(DateTimeOffset sliceTime, DateTimeOffset closeTime)
    {
        var date = calendar.LocalDateOf(sliceTime);
        if (date != _scheduleDate)
        {
            _scheduleDate = date;
            _schedule = calendar.ScheduleFor(date);
        }
        if (_schedule is not { } day || closeTime <= day.Open) return false;
        // The part holding the last instant before the close: a bar closing exactly on a boundary belongs to the part it ends.
        var length = Math.Max(1, (day.Close - day.Open).Ticks / sessionsPerDay);
        var part = (int)Math.Min(sessionsPerDay - 1, ((closeTime - day.Open).Ticks - 1) / length);
        if (date == _date && part <= _part) return false;
        _date = date;
        _part = part;
        return true;
    }
}
