namespace Ouroboros.Domain.Calendars;

/// <summary>Everything a <see cref="MarketCalendar"/> is built from; the data lives in MarketDefinitions and Holidays/.</summary>
internal sealed record MarketDefinition(
    string Market,
    string Country,
    string TimeZoneId,
    IReadOnlyList<HoursPeriod> Hours,
    IReadOnlyList<MarketHoliday> Holidays,
    IReadOnlyList<SpecialSession> Specials,
    DateOnly CoverageStart,
    DateOnly CoverageEnd,
    bool AroundTheClock = false);
