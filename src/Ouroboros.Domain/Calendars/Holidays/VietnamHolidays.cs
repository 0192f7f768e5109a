using static Ouroboros.Domain.Calendars.Holidays.HolidayRows;

namespace Ouroboros.Domain.Calendars.Holidays;

/// <summary>HOSE and HNX closures (both follow the Vietnam Exchange's yearly schedule).</summary>
internal static class VietnamHolidays
{
    // Sources: the exchanges' yearly closure notices (https://www.hsx.vn, https://www.hnx.vn): for 2026 VNX letter
    // 1403/SGDVN-THHC of 2025-11-28 (cafef.vn 2025-12-09); for 2024 the swap of Apr 29 (Official Dispatch
    // 2450/VPCP-KGVX, SSC notice; no trading on the make-up Saturday); for 2025 the Tet arrangement and the swap of
    // May 2 with Saturday Apr 26. Holidays: Labour Code 2019 Art. 112 (Tet 5 days, Hung Kings 10th day of the third
    // lunar month, Apr 30, May 1, Sep 2 plus the adjacent day).
    // 2027 is provisional: derived from Art. 112 and the usual substitution (a Tet day on Saturday moves to the
    // working day before, on Sunday to the next free working day; May 1 on a Saturday moves to Monday; the second
    // National Day is Sep 3 when Sep 2 is a Thursday), before the exchanges' notice (usually late November).
    public static readonly MarketHoliday[] All =
    [
        H(2024, 1, 1, "New Year's Day"),
        H(2024, 2, 8, "Tet holiday"),
        H(2024, 2, 9, "Tet holiday"),
        H(2024, 2, 12, "Tet holiday"),
        H(2024, 2, 13, "Tet holiday"),
        H(2024, 2, 14, "Tet holiday"),
        H(2024, 4, 18, "Hung Kings Commemoration Day"),
        H(2024, 4, 29, "Reunification Day holiday (swapped day)"),
        H(2024, 4, 30, "Reunification Day"),
        H(2024, 5, 1, "Labour Day"),
        H(2024, 9, 2, "National Day"),
        H(2024, 9, 3, "National Day"),

        H(2025, 1, 1, "New Year's Day"),
        H(2025, 1, 27, "Tet holiday"),
        H(2025, 1, 28, "Tet holiday"),
        H(2025, 1, 29, "Tet holiday"),
        H(2025, 1, 30, "Tet holiday"),
        H(2025, 1, 31, "Tet holiday"),
        H(2025, 4, 7, "Hung Kings Commemoration Day"),
        H(2025, 4, 30, "Reunification Day"),
        H(2025, 5, 1, "Labour Day"),
        H(2025, 5, 2, "Labour Day holiday (swapped day)"),
        H(2025, 9, 1, "National Day"),
        H(2025, 9, 2, "National Day"),

        H(2026, 1, 1, "New Year's Day"),
        H(2026, 2, 16, "Tet holiday"),
        H(2026, 2, 17, "Tet holiday"),
        H(2026, 2, 18, "Tet holiday"),
        H(2026, 2, 19, "Tet holiday"),
        H(2026, 2, 20, "Tet holiday"),
        H(2026, 4, 27, "Hung Kings Commemoration Day (substitute)"),
        H(2026, 4, 30, "Reunification Day"),
        H(2026, 5, 1, "Labour Day"),
        H(2026, 8, 31, "National Day holiday (swapped day)"),
        H(2026, 9, 1, "National Day"),
        H(2026, 9, 2, "National Day"),

        P(2027, 1, 1, "New Year's Day"),
        P(2027, 2, 4, "Tet holiday"),
        P(2027, 2, 5, "Tet holiday"),
        P(2027, 2, 8, "Tet holiday"),
        P(2027, 2, 9, "Tet holiday"),
        P(2027, 2, 10, "Tet holiday"),
        P(2027, 4, 16, "Hung Kings Commemoration Day"),
        P(2027, 4, 30, "Reunification Day"),
        P(2027, 5, 3, "Labour Day (substitute)"),
        P(2027, 9, 2, "National Day"),
        P(2027, 9, 3, "National Day"),
    ];
}
