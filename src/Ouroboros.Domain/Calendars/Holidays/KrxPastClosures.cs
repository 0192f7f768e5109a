using static Ouroboros.Domain.Calendars.Holidays.HolidayRows;

namespace Ouroboros.Domain.Calendars.Holidays;

/// <summary>KRX closures of 1990–2023 that no yearly rule gives: election days, temporary holidays, old year-end closings.</summary>
internal static class KrxPastClosures
{
    // Election days are public holidays (공직선거법 제34조 and 관공서의 공휴일에 관한 규정); temporary holidays were
    // declared by the government. 2002-10 onwards each date is confirmed by the bundled KRX series (no series has a bar
    // that day, see KrxBundledDataTests); earlier dates come from the National Election Commission's election calendar
    // and KRX's holiday history and are provisional like the rest of the rule-derived years.
    // Before 2001 KRX closed for several days at the year end and after New Year's Day (KRX holiday history, as kept by
    // the exchange_calendars project's precomputed KRX list).
    public static readonly MarketHoliday[] All =
    [
        P(1990, 12, 27, "Year-end closing"), P(1990, 12, 28, "Year-end closing"), P(1990, 12, 31, "Year-end closing"),
        P(1991, 3, 26, "Local council elections"), P(1991, 6, 20, "Provincial council elections"),
        P(1991, 12, 27, "Year-end closing"), P(1991, 12, 30, "Year-end closing"), P(1991, 12, 31, "Year-end closing"),
        P(1992, 3, 24, "National Assembly election"), P(1992, 12, 18, "Presidential election"),
        P(1992, 12, 28, "Year-end closing"), P(1992, 12, 29, "Year-end closing"), P(1992, 12, 30, "Year-end closing"),
        P(1992, 12, 31, "Year-end closing"),
        P(1993, 12, 29, "Year-end closing"), P(1993, 12, 30, "Year-end closing"), P(1993, 12, 31, "Year-end closing"),
        P(1994, 1, 3, "New Year holiday"), P(1994, 12, 29, "Year-end closing"), P(1994, 12, 30, "Year-end closing"),
        P(1995, 6, 27, "Local elections"), P(1995, 12, 29, "Year-end closing"),
        P(1996, 4, 11, "National Assembly election"), P(1996, 12, 30, "Year-end closing"), P(1996, 12, 31, "Year-end closing"),
        P(1997, 12, 18, "Presidential election"), P(1997, 12, 30, "Year-end closing"), P(1997, 12, 31, "Year-end closing"),
        P(1998, 6, 4, "Local elections"), P(1998, 12, 29, "Year-end closing"), P(1998, 12, 30, "Year-end closing"),
        P(1998, 12, 31, "Year-end closing"),
        P(1999, 12, 29, "Year-end closing"), P(1999, 12, 30, "Year-end closing"), P(1999, 12, 31, "Year-end closing"),
        P(2000, 1, 3, "New Year holiday"), P(2000, 4, 13, "National Assembly election"),
        P(2000, 12, 27, "Year-end closing"), P(2000, 12, 28, "Year-end closing"), P(2000, 12, 29, "Year-end closing"),
        P(2002, 6, 13, "Local elections"), P(2002, 7, 1, "Temporary holiday (World Cup)"), P(2002, 12, 19, "Presidential election"),
        P(2004, 4, 15, "National Assembly election"),
        P(2006, 5, 31, "Local elections"),
        P(2007, 12, 19, "Presidential election"),
        P(2008, 4, 9, "National Assembly election"),
        P(2010, 6, 2, "Local elections"),
        P(2012, 4, 11, "National Assembly election"), P(2012, 12, 19, "Presidential election"),
        P(2014, 6, 4, "Local elections"),
        P(2015, 8, 14, "Temporary holiday (70th Liberation anniversary)"),
        P(2016, 4, 13, "National Assembly election"), P(2016, 5, 6, "Temporary holiday"),
        P(2017, 5, 9, "Presidential election"), P(2017, 10, 2, "Temporary holiday"),
        P(2018, 6, 13, "Local elections"),
        P(2020, 4, 15, "National Assembly election"), P(2020, 8, 17, "Temporary holiday"),
        P(2022, 3, 9, "Presidential election"), P(2022, 6, 1, "Local elections"),
        P(2023, 10, 2, "Temporary holiday"),
    ];
}
