namespace Ouroboros.Domain.Calendars.Holidays;

/// <summary>
/// NYSE closures and early closes of 1993–2023 (before the published table of <see cref="UsHolidays"/>), derived from
/// NYSE Rule 7.2 (holidays and their observance) and the known one-off closures; every entry is provisional
/// (docs/calendars.md).
/// </summary>
internal static class UsHolidayRules
{
    // NYSE Rule 7.2 (formerly Rule 51): a holiday on a Saturday is observed the Friday before, on a Sunday the Monday
    // after, except New Year's Day on a Saturday, which is not observed at all (the market stays open on December 31
    // because of the year-end close). Martin Luther King Jr. Day from 1998, Juneteenth from 2022.
    public const int FirstYear = 1993;
    public const int LastYear = 2023;

    // One-off closures (NYSE notices; history at https://www.nyse.com/markets/hours-calendars and the NYSE's
    // "closings" history): national days of mourning and the storms/attacks that shut the floor.
    private static readonly MarketHoliday[] OneOffs =
    [
        P(1994, 4, 27, "National Day of Mourning for President Nixon"),
        P(2001, 9, 11, "September 11 attacks"), P(2001, 9, 12, "September 11 attacks"),
        P(2001, 9, 13, "September 11 attacks"), P(2001, 9, 14, "September 11 attacks"),
        P(2004, 6, 11, "National Day of Mourning for President Reagan"),
        P(2007, 1, 2, "National Day of Mourning for President Ford"),
        P(2012, 10, 29, "Hurricane Sandy"), P(2012, 10, 30, "Hurricane Sandy"),
        P(2018, 12, 5, "National Day of Mourning for President George H. W. Bush"),
    ];

    public static IEnumerable<MarketHoliday> All() =>
        Enumerable.Range(FirstYear, LastYear - FirstYear + 1).SelectMany(ForYear).Concat(OneOffs).OrderBy(h => h.Date);

    public static IEnumerable<MarketHoliday> ForYear(int year)
    {
        var newYear = new DateOnly(year, 1, 1);
        if (newYear.DayOfWeek == DayOfWeek.Sunday) yield return P(newYear.AddDays(1), "New Year's Day (observed)");
        else if (newYear.DayOfWeek != DayOfWeek.Saturday) yield return P(newYear, "New Year's Day");
        if (year >= 1998) yield return P(NthWeekday(year, 1, DayOfWeek.Monday, 3), "Martin Luther King Jr. Day");
        yield return P(NthWeekday(year, 2, DayOfWeek.Monday, 3), "Washington's Birthday");
        yield return P(EasterSunday(year).AddDays(-2), "Good Friday");
        yield return P(LastWeekday(year, 5, DayOfWeek.Monday), "Memorial Day");
        if (year >= 2022) yield return Observed(new DateOnly(year, 6, 19), "Juneteenth");
        yield return Observed(new DateOnly(year, 7, 4), "Independence Day");
        yield return P(NthWeekday(year, 9, DayOfWeek.Monday, 1), "Labor Day");
        yield return P(NthWeekday(year, 11, DayOfWeek.Thursday, 4), "Thanksgiving Day");
        yield return Observed(new DateOnly(year, 12, 25), "Christmas Day");
    }

    /// <summary>
    /// Early closes at 13:00 ET: the day after Thanksgiving; Christmas Eve Monday to Thursday; July 3 on a Monday, Tuesday
    /// or Thursday from 1995 and also on a Wednesday from 2013; before 2013 the Friday July 5 after a Thursday holiday.
    /// </summary>
    public static IEnumerable<(DateOnly Date, string Reason)> EarlyCloses()
    {
        for (var year = FirstYear; year <= LastYear; year++)
        {
            var july3 = new DateOnly(year, 7, 3);
            if ((year >= 1995 && july3.DayOfWeek is DayOfWeek.Monday or DayOfWeek.Tuesday or DayOfWeek.Thursday)
                || (year >= 2013 && july3.DayOfWeek == DayOfWeek.Wednesday))
                yield return (july3, "Independence Day eve");
            if (year is >= 1996 and <= 2012 && july3.DayOfWeek == DayOfWeek.Wednesday)
                yield return (july3.AddDays(2), "Day after Independence Day");
            yield return (NthWeekday(year, 11, DayOfWeek.Thursday, 4).AddDays(1), "Day after Thanksgiving");
            var eve = new DateOnly(year, 12, 24);
            if (eve.DayOfWeek is >= DayOfWeek.Monday and <= DayOfWeek.Thursday) yield return (eve, "Christmas Eve");
        }
    }

    /// <summary>Easter Sunday by the anonymous Gregorian computus (Meeus/Jones/Butcher).</summary>
    public static DateOnly EasterSunday(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451, month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
        return new DateOnly(year, month, day);
    }

    private static MarketHoliday Observed(DateOnly date, string name) => date.DayOfWeek switch
    {
        DayOfWeek.Saturday => P(date.AddDays(-1), name + " (observed)"),
        DayOfWeek.Sunday => P(date.AddDays(1), name + " (observed)"),
        _ => P(date, name),
    };

    private static DateOnly NthWeekday(int year, int month, DayOfWeek day, int n)
    {
        var d = new DateOnly(year, month, 1);
        while (d.DayOfWeek != day) d = d.AddDays(1);
        return d.AddDays(7 * (n - 1));
    }

    private static DateOnly LastWeekday(int year, int month, DayOfWeek day)
    {
        var d = new DateOnly(year, month, 1).AddMonths(1).AddDays(-1);
        while (d.DayOfWeek != day) d = d.AddDays(-1);
        return d;
    }

    private static MarketHoliday P(DateOnly date, string name) => new(date, name, IsProvisional: true);

    private static MarketHoliday P(int year, int month, int day, string name) => P(new DateOnly(year, month, day), name);
}
