using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Calendars;

namespace Ouroboros.Live.Feeds;

/// <summary>
/// When an instrument's feed counts as silent: no event for <see cref="Limit"/>. With a <see cref="Calendar"/> the
/// silence is counted only while its market is open (from the session's open or the end of its lunch break at the
/// earliest), so a night, a weekend or a holiday is never staleness.
/// </summary>
public sealed record StalenessRule
{
    /// <summary>Daily strategies still get trades all session long; this much silence in an open market is staleness.</summary>
    public static readonly TimeSpan DefaultDailyLimit = TimeSpan.FromMinutes(5);

    public StalenessRule(TimeSpan limit, MarketCalendar? calendar)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(limit, TimeSpan.Zero);
        Limit = limit;
        Calendar = calendar;
    }

    public TimeSpan Limit { get; }
    public MarketCalendar? Calendar { get; }

    /// <summary>
    /// The default rule for a strategy interval: intraday, 2 × the interval (or <paramref name="staleAfter"/>, the
    /// Feed:StaleSeconds setting); daily and longer, <see cref="DefaultDailyLimit"/> of silence while the market is
    /// open, which needs the market's calendar.
    /// </summary>
    public static StalenessRule For(BarInterval interval, TimeSpan? staleAfter, MarketCalendar? calendar)
    {
        if (interval.IsIntraday) return new StalenessRule(staleAfter ?? interval.Length * 2, calendar);
        if (calendar is null)
            throw new ArgumentException($"staleness of {interval} bars is judged while the market is open, which needs the market's calendar", nameof(calendar));
        return new StalenessRule(staleAfter ?? DefaultDailyLimit, calendar);
    }

    /// <summary>How long the feed has been silent at <paramref name="now"/> in the sense of this rule (zero while the market is closed).</summary>
    public TimeSpan SilenceAt(DateTimeOffset now, DateTimeOffset lastEvent)
    {
        if (Calendar is not { } calendar) return now - lastEvent;
        if (!calendar.IsOpen(now)) return TimeSpan.Zero;
        var from = lastEvent;
        if (calendar.ScheduleFor(calendar.LocalDateOf(now)) is { } day)
        {
            if (day.Open > from) from = day.Open;
            if (day.LunchEnd is { } lunchEnd && lunchEnd <= now && lunchEnd > from) from = lunchEnd;
        }
        return now - from;
    }
}
