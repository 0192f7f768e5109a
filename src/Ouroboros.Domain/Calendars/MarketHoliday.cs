namespace Ouroboros.Domain.Calendars;

/// <summary>
/// A weekday on which an exchange does not trade. <see cref="IsProvisional"/> marks dates derived from the statutory rules
/// because the exchange (or government) had not yet published that year's list; see docs/calendars.md.
/// </summary>
public sealed record MarketHoliday(DateOnly Date, string Name, bool IsProvisional = false);
