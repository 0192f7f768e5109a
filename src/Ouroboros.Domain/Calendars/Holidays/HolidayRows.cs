namespace Ouroboros.Domain.Calendars.Holidays;

/// <summary>Short constructors so the holiday tables read as one line per date.</summary>
internal static class HolidayRows
{
    public static MarketHoliday H(int year, int month, int day, string name) => new(new DateOnly(year, month, day), name);

    /// <summary>Provisional: derived from the statutory rules because the official list was not yet published.</summary>
    public static MarketHoliday P(int year, int month, int day, string name) => new(new DateOnly(year, month, day), name, IsProvisional: true);

    public static TimeOnly T(int hour, int minute = 0) => new(hour, minute);
}
