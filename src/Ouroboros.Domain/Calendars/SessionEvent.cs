namespace Ouroboros.Domain.Calendars;

/// <summary>A point in a market's trading day, raised by <see cref="MarketCalendar.EventsBetween"/>; <see cref="Time"/> is UTC.</summary>
public sealed record SessionEvent(string Market, SessionEventKind Kind, DateTimeOffset Time, DateOnly TradingDate);
