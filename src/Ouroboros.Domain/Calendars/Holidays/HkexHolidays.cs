using static Ouroboros.Domain.Calendars.Holidays.HolidayRows;

namespace Ouroboros.Domain.Calendars.Holidays;

/// <summary>Hong Kong Exchange closures and half days.</summary>
internal static class HkexHolidays
{
    // Sources: HKEX trading calendar and half-day trading,
    // https://www.hkex.com.hk/Services/Trading-hours-and-Severe-Weather-Arrangements/Trading-Hours/Securities-Market ;
    // general holidays gazetted by the HKSAR Government (2027 list gazetted in 2026), https://www.gov.hk/en/about/abouthk/holiday/
    // Rules seen in the lists: a holiday on a Sunday moves to the next weekday; when a Lunar New Year day falls on a
    // Sunday the fourth day is a holiday; Ching Ming on Easter Monday moves to the Tuesday.
    public static readonly MarketHoliday[] All =
    [
        H(2024, 1, 1, "New Year's Day"),
        H(2024, 2, 12, "Lunar New Year (third day)"),
        H(2024, 2, 13, "Lunar New Year (fourth day)"),
        H(2024, 3, 29, "Good Friday"),
        H(2024, 4, 1, "Easter Monday"),
        H(2024, 4, 4, "Ching Ming Festival"),
        H(2024, 5, 1, "Labour Day"),
        H(2024, 5, 15, "Buddha's Birthday"),
        H(2024, 6, 10, "Tuen Ng Festival"),
        H(2024, 7, 1, "HKSAR Establishment Day"),
        H(2024, 9, 6, "Typhoon signal No. 8 (Yagi): no trading all day"),
        H(2024, 9, 18, "Day following Mid-Autumn Festival"),
        H(2024, 10, 1, "National Day"),
        H(2024, 10, 11, "Chung Yeung Festival"),
        H(2024, 12, 25, "Christmas Day"),
        H(2024, 12, 26, "First weekday after Christmas Day"),

        H(2025, 1, 1, "New Year's Day"),
        H(2025, 1, 29, "Lunar New Year"),
        H(2025, 1, 30, "Lunar New Year (second day)"),
        H(2025, 1, 31, "Lunar New Year (third day)"),
        H(2025, 4, 4, "Ching Ming Festival"),
        H(2025, 4, 18, "Good Friday"),
        H(2025, 4, 21, "Easter Monday"),
        H(2025, 5, 1, "Labour Day"),
        H(2025, 5, 5, "Buddha's Birthday"),
        H(2025, 7, 1, "HKSAR Establishment Day"),
        H(2025, 10, 1, "National Day"),
        H(2025, 10, 7, "Day following Mid-Autumn Festival"),
        H(2025, 10, 29, "Chung Yeung Festival"),
        H(2025, 12, 25, "Christmas Day"),
        H(2025, 12, 26, "First weekday after Christmas Day"),

        H(2026, 1, 1, "New Year's Day"),
        H(2026, 2, 17, "Lunar New Year"),
        H(2026, 2, 18, "Lunar New Year (second day)"),
        H(2026, 2, 19, "Lunar New Year (third day)"),
        H(2026, 4, 3, "Good Friday"),
        H(2026, 4, 6, "Easter Monday"),
        H(2026, 4, 7, "Day following Ching Ming Festival"),
        H(2026, 5, 1, "Labour Day"),
        H(2026, 5, 25, "Day following Buddha's Birthday"),
        H(2026, 6, 19, "Tuen Ng Festival"),
        H(2026, 7, 1, "HKSAR Establishment Day"),
        H(2026, 10, 1, "National Day"),
        H(2026, 10, 19, "Day following Chung Yeung Festival"),
        H(2026, 12, 25, "Christmas Day"),

        H(2027, 1, 1, "New Year's Day"),
        H(2027, 2, 8, "Lunar New Year (third day)"),
        H(2027, 2, 9, "Lunar New Year (fourth day)"),
        H(2027, 3, 26, "Good Friday"),
        H(2027, 3, 29, "Easter Monday"),
        H(2027, 4, 5, "Ching Ming Festival"),
        H(2027, 5, 13, "Buddha's Birthday"),
        H(2027, 6, 9, "Tuen Ng Festival"),
        H(2027, 7, 1, "HKSAR Establishment Day"),
        H(2027, 9, 16, "Day following Mid-Autumn Festival"),
        H(2027, 10, 1, "National Day"),
        H(2027, 10, 8, "Chung Yeung Festival"),
        H(2027, 12, 27, "First weekday after Christmas Day"),
    ];

    /// <summary>Half days trade the morning session only (09:30-12:00): Lunar New Year's Eve, Christmas Eve, New Year's Eve.</summary>
    private static readonly SessionHours HalfDay = new(T(9, 30), T(12));

    public static readonly SpecialSession[] Specials =
    [
        Half(2024, 2, 9, "Lunar New Year's Eve"), Half(2024, 12, 24, "Christmas Eve"), Half(2024, 12, 31, "New Year's Eve"),
        Half(2025, 1, 28, "Lunar New Year's Eve"), Half(2025, 12, 24, "Christmas Eve"), Half(2025, 12, 31, "New Year's Eve"),
        Half(2026, 2, 16, "Lunar New Year's Eve"), Half(2026, 12, 24, "Christmas Eve"), Half(2026, 12, 31, "New Year's Eve"),
        Half(2027, 2, 5, "Lunar New Year's Eve"), Half(2027, 12, 24, "Christmas Eve"), Half(2027, 12, 31, "New Year's Eve"),
    ];

    private static SpecialSession Half(int year, int month, int day, string reason) =>
        new(new DateOnly(year, month, day), HalfDay, IsEarlyClose: true, reason + ": morning session only");
}
