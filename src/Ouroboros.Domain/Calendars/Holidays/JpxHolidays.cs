using static Ouroboros.Domain.Calendars.Holidays.HolidayRows;

namespace Ouroboros.Domain.Calendars.Holidays;

/// <summary>Tokyo Stock Exchange closures: national holidays, January 1-3 and December 31.</summary>
internal static class JpxHolidays
{
    // Sources: JPX market holidays, https://www.jpx.co.jp/english/corporate/about-jpx/calendar/index.html ;
    // national holidays (国民の祝日に関する法律, substitute and citizens' holidays), Cabinet Office,
    // https://www8.cao.go.jp/chosei/shukujitsu/gaiyou.html ; the 2027 equinox days (March 21, September 23) were
    // published by the National Astronomical Observatory of Japan in February 2026, so 2027 is official.
    public static readonly MarketHoliday[] All =
    [
        H(2024, 1, 1, "New Year's Day"),
        H(2024, 1, 2, "Market holiday"),
        H(2024, 1, 3, "Market holiday"),
        H(2024, 1, 8, "Coming of Age Day"),
        H(2024, 2, 12, "National Foundation Day (substitute)"),
        H(2024, 2, 23, "Emperor's Birthday"),
        H(2024, 3, 20, "Vernal Equinox Day"),
        H(2024, 4, 29, "Showa Day"),
        H(2024, 5, 3, "Constitution Memorial Day"),
        H(2024, 5, 6, "Children's Day (substitute)"),
        H(2024, 7, 15, "Marine Day"),
        H(2024, 8, 12, "Mountain Day (substitute)"),
        H(2024, 9, 16, "Respect for the Aged Day"),
        H(2024, 9, 23, "Autumnal Equinox Day (substitute)"),
        H(2024, 10, 14, "Sports Day"),
        H(2024, 11, 4, "Culture Day (substitute)"),
        H(2024, 12, 31, "Market holiday"),

        H(2025, 1, 1, "New Year's Day"),
        H(2025, 1, 2, "Market holiday"),
        H(2025, 1, 3, "Market holiday"),
        H(2025, 1, 13, "Coming of Age Day"),
        H(2025, 2, 11, "National Foundation Day"),
        H(2025, 2, 24, "Emperor's Birthday (substitute)"),
        H(2025, 3, 20, "Vernal Equinox Day"),
        H(2025, 4, 29, "Showa Day"),
        H(2025, 5, 5, "Children's Day"),
        H(2025, 5, 6, "Greenery Day (substitute)"),
        H(2025, 7, 21, "Marine Day"),
        H(2025, 8, 11, "Mountain Day"),
        H(2025, 9, 15, "Respect for the Aged Day"),
        H(2025, 9, 23, "Autumnal Equinox Day"),
        H(2025, 10, 13, "Sports Day"),
        H(2025, 11, 3, "Culture Day"),
        H(2025, 11, 24, "Labor Thanksgiving Day (substitute)"),
        H(2025, 12, 31, "Market holiday"),

        H(2026, 1, 1, "New Year's Day"),
        H(2026, 1, 2, "Market holiday"),
        H(2026, 1, 12, "Coming of Age Day"),
        H(2026, 2, 11, "National Foundation Day"),
        H(2026, 2, 23, "Emperor's Birthday"),
        H(2026, 3, 20, "Vernal Equinox Day"),
        H(2026, 4, 29, "Showa Day"),
        H(2026, 5, 4, "Greenery Day"),
        H(2026, 5, 5, "Children's Day"),
        H(2026, 5, 6, "Constitution Memorial Day (substitute)"),
        H(2026, 7, 20, "Marine Day"),
        H(2026, 8, 11, "Mountain Day"),
        H(2026, 9, 21, "Respect for the Aged Day"),
        H(2026, 9, 22, "Citizens' Holiday"),
        H(2026, 9, 23, "Autumnal Equinox Day"),
        H(2026, 10, 12, "Sports Day"),
        H(2026, 11, 3, "Culture Day"),
        H(2026, 11, 23, "Labor Thanksgiving Day"),
        H(2026, 12, 31, "Market holiday"),

        H(2027, 1, 1, "New Year's Day"),
        H(2027, 1, 11, "Coming of Age Day"),
        H(2027, 2, 11, "National Foundation Day"),
        H(2027, 2, 23, "Emperor's Birthday"),
        H(2027, 3, 22, "Vernal Equinox Day (substitute)"),
        H(2027, 4, 29, "Showa Day"),
        H(2027, 5, 3, "Constitution Memorial Day"),
        H(2027, 5, 4, "Greenery Day"),
        H(2027, 5, 5, "Children's Day"),
        H(2027, 7, 19, "Marine Day"),
        H(2027, 8, 11, "Mountain Day"),
        H(2027, 9, 20, "Respect for the Aged Day"),
        H(2027, 9, 23, "Autumnal Equinox Day"),
        H(2027, 10, 11, "Sports Day"),
        H(2027, 11, 3, "Culture Day"),
        H(2027, 11, 23, "Labor Thanksgiving Day"),
        H(2027, 12, 31, "Market holiday"),
    ];
}
