namespace Ouroboros.Domain.Calendars;

/// <summary>Turns a trading day into its session events; shared by <see cref="MarketCalendar.EventsBetween"/> and its look-ahead.</summary>
internal static class SessionEvents
{
    /// <summary>By time; at equal times the earlier trading day first (crypto's Close before the next Open), then by kind.</summary>
    public static readonly IComparer<SessionEvent> Order = Comparer<SessionEvent>.Create((a, b) =>
    {
        var byTime = a.Time.CompareTo(b.Time);
        if (byTime != 0) return byTime;
        var byDate = a.TradingDate.CompareTo(b.TradingDate);
        return byDate != 0 ? byDate : a.Kind.CompareTo(b.Kind);
    });

    public static void AddDay(string market, in DayTimes day, TimeSpan lead, DateTimeOffset fromExclusive, DateTimeOffset toInclusive, List<SessionEvent> into)
    {
        Add(market, SessionEventKind.PreMarket, day.Open - lead, day.Date, fromExclusive, toInclusive, into);
        Add(market, SessionEventKind.Open, day.Open, day.Date, fromExclusive, toInclusive, into);
        if (day.LunchStart is { } lunchStart) Add(market, SessionEventKind.LunchStart, lunchStart, day.Date, fromExclusive, toInclusive, into);
        if (day.LunchEnd is { } lunchEnd) Add(market, SessionEventKind.LunchEnd, lunchEnd, day.Date, fromExclusive, toInclusive, into);
        Add(market, SessionEventKind.Close, day.Close, day.Date, fromExclusive, toInclusive, into);
    }

    /// <summary>The day's earliest event time strictly after <paramref name="instant"/>, if any (events of a day are in time order).</summary>
    public static DateTimeOffset? FirstAfter(in DayTimes day, TimeSpan lead, DateTimeOffset instant)
    {
        if (day.Open - lead > instant) return day.Open - lead;
        if (day.Open > instant) return day.Open;
        if (day.LunchStart is { } lunchStart && lunchStart > instant) return lunchStart;
        if (day.LunchEnd is { } lunchEnd && lunchEnd > instant) return lunchEnd;
        return day.Close > instant ? day.Close : null;
    }

    private static void Add(string market, SessionEventKind kind, DateTimeOffset time, DateOnly date,
        DateTimeOffset fromExclusive, DateTimeOffset toInclusive, List<SessionEvent> into)
    {
        if (time > fromExclusive && time <= toInclusive) into.Add(new SessionEvent(market, kind, time, date));
    }
}
