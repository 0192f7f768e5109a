namespace Ouroboros.Domain.Calendars;

/// <summary>
/// One trading day of a market, all instants in UTC. The regular session is [Open, Close) without [LunchStart, LunchEnd);
/// the pre-market window is [PreMarketStart, Open) and the after-hours window [Close, AfterHoursEnd) where the market has them.
/// </summary>
public sealed record TradingDaySchedule(
    DateOnly Date,
    DateTimeOffset Open,
    DateTimeOffset Close,
    DateTimeOffset? LunchStart,
    DateTimeOffset? LunchEnd,
    DateTimeOffset? PreMarketStart,
    DateTimeOffset? AfterHoursEnd,
    bool IsEarlyClose);
