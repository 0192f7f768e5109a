namespace Ouroboros.Domain.Calendars;

/// <summary>
/// A trading day's hours in the exchange's local time. Pre-market and after-hours are only set where the broker
/// (KIS) accepts orders outside the regular session; a half day is a set of hours without the afternoon.
/// </summary>
internal sealed record SessionHours(
    TimeOnly Open,
    TimeOnly Close,
    TimeOnly? LunchStart = null,
    TimeOnly? LunchEnd = null,
    TimeOnly? PreMarketStart = null,
    TimeOnly? AfterHoursEnd = null);
