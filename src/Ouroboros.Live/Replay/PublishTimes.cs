using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Calendars;

namespace Ouroboros.Live.Replay;

/// <summary>
/// When a replayed bar would have been known live: an intraday bar when its interval ends, a daily bar at its market's
/// close that day (the calendar knows half days and late opens), or the end of its UTC day without a calendar.
/// </summary>
public static class PublishTimes
{
    public static DateTimeOffset Of(DateTimeOffset barTime, BarInterval interval, DateOnly tradingDate, MarketCalendar? calendar)
    {
        if (interval.IsIntraday) return barTime + interval.Length;
        if (calendar?.ScheduleFor(tradingDate) is { } day) return day.Close;
        return barTime + TimeSpan.FromDays(1);
    }
}
