namespace Ouroboros.Domain.Calendars;

/// <summary>
/// One trading day's instants (UTC) without allocating: the hot paths (<see cref="MarketCalendar.SessionAt"/>,
/// <see cref="MarketCalendar.EventsBetween"/>) work on this; <see cref="TradingDaySchedule"/> is the public copy.
/// </summary>
internal readonly record struct DayTimes(
    DateOnly Date,
    DateTimeOffset Open,
    DateTimeOffset Close,
    DateTimeOffset? LunchStart,
    DateTimeOffset? LunchEnd,
    DateTimeOffset? PreMarketStart,
    DateTimeOffset? AfterHoursEnd,
    bool IsEarlyClose)
{
    /// <summary>Every window is half-open [start, end): at the close instant the market is already closed.</summary>
    public MarketSession SessionAt(DateTimeOffset t)
    {
        if (t >= Open && t < Close)
            return LunchStart is { } ls && LunchEnd is { } le && t >= ls && t < le ? MarketSession.Lunch : MarketSession.Regular;
        if (PreMarketStart is { } pre && t >= pre && t < Open) return MarketSession.PreMarket;
        if (AfterHoursEnd is { } after && t >= Close && t < after) return MarketSession.AfterHours;
        return MarketSession.Closed;
    }

    public TradingDaySchedule ToSchedule() =>
        new(Date, Open, Close, LunchStart, LunchEnd, PreMarketStart, AfterHoursEnd, IsEarlyClose);
}
