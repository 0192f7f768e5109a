using static Ouroboros.Domain.Calendars.Holidays.HolidayRows;

namespace Ouroboros.Domain.Calendars.Holidays;

/// <summary>NYSE closures and early closes; NASDAQ and NYSE American (AMEX) keep the same calendar.</summary>
internal static class UsHolidays
{
    // 1993-2023 are derived from NYSE's rules in UsHolidayRules (provisional). 2024-2027 are the published table.
    // Sources: https://www.nyse.com/markets/hours-calendars (holidays and early closings 2024-2027),
    // https://www.nasdaq.com/market-activity/stock-market-holiday-schedule, and the NYSE notice of
    // 2024-12-31 closing the markets on 2025-01-09 (National Day of Mourning for President Carter).
    // NYSE publishes three years ahead, so 2027 is official, not provisional.
    public static readonly MarketHoliday[] All =
    [
        .. UsHolidayRules.All(),
        H(2024, 1, 1, "New Year's Day"),
        H(2024, 1, 15, "Martin Luther King Jr. Day"),
        H(2024, 2, 19, "Washington's Birthday"),
        H(2024, 3, 29, "Good Friday"),
        H(2024, 5, 27, "Memorial Day"),
        H(2024, 6, 19, "Juneteenth"),
        H(2024, 7, 4, "Independence Day"),
        H(2024, 9, 2, "Labor Day"),
        H(2024, 11, 28, "Thanksgiving Day"),
        H(2024, 12, 25, "Christmas Day"),

        H(2025, 1, 1, "New Year's Day"),
        H(2025, 1, 9, "National Day of Mourning for President Carter"),
        H(2025, 1, 20, "Martin Luther King Jr. Day"),
        H(2025, 2, 17, "Washington's Birthday"),
        H(2025, 4, 18, "Good Friday"),
        H(2025, 5, 26, "Memorial Day"),
        H(2025, 6, 19, "Juneteenth"),
        H(2025, 7, 4, "Independence Day"),
        H(2025, 9, 1, "Labor Day"),
        H(2025, 11, 27, "Thanksgiving Day"),
        H(2025, 12, 25, "Christmas Day"),

        H(2026, 1, 1, "New Year's Day"),
        H(2026, 1, 19, "Martin Luther King Jr. Day"),
        H(2026, 2, 16, "Washington's Birthday"),
        H(2026, 4, 3, "Good Friday"),
        H(2026, 5, 25, "Memorial Day"),
        H(2026, 6, 19, "Juneteenth"),
        H(2026, 7, 3, "Independence Day (observed)"),
        H(2026, 9, 7, "Labor Day"),
        H(2026, 11, 26, "Thanksgiving Day"),
        H(2026, 12, 25, "Christmas Day"),

        H(2027, 1, 1, "New Year's Day"),
        H(2027, 1, 18, "Martin Luther King Jr. Day"),
        H(2027, 2, 15, "Washington's Birthday"),
        H(2027, 3, 26, "Good Friday"),
        H(2027, 5, 31, "Memorial Day"),
        H(2027, 6, 18, "Juneteenth (observed)"),
        H(2027, 7, 5, "Independence Day (observed)"),
        H(2027, 9, 6, "Labor Day"),
        H(2027, 11, 25, "Thanksgiving Day"),
        H(2027, 12, 24, "Christmas Day (observed)"),
    ];

    /// <summary>Early closes end the regular session at 13:00 ET and the after-hours window at 17:00 ET.</summary>
    private static readonly SessionHours EarlyClose = new(T(9, 30), T(13), PreMarketStart: T(4), AfterHoursEnd: T(17));

    // Early closes: July 3 when it is a weekday before a weekday Independence Day, the day after Thanksgiving,
    // and Christmas Eve from Monday to Thursday (same NYSE page).
    public static readonly SpecialSession[] Specials =
    [
        .. UsHolidayRules.EarlyCloses().Select(e => Early(e.Date, e.Reason, provisional: true)),
        Early(2024, 7, 3, "Independence Day eve"),
        Early(2024, 11, 29, "Day after Thanksgiving"),
        Early(2024, 12, 24, "Christmas Eve"),
        Early(2025, 7, 3, "Independence Day eve"),
        Early(2025, 11, 28, "Day after Thanksgiving"),
        Early(2025, 12, 24, "Christmas Eve"),
        Early(2026, 11, 27, "Day after Thanksgiving"),
        Early(2026, 12, 24, "Christmas Eve"),
        Early(2027, 11, 26, "Day after Thanksgiving"),
    ];

    private static SpecialSession Early(int year, int month, int day, string reason) => Early(new DateOnly(year, month, day), reason, provisional: false);

    private static SpecialSession Early(DateOnly date, string reason, bool provisional) =>
        new(date, EarlyClose, IsEarlyClose: true, reason + ": early close 13:00 ET", provisional);
}
