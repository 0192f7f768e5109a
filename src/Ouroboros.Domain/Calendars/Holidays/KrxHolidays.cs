using static Ouroboros.Domain.Calendars.Holidays.HolidayRows;

namespace Ouroboros.Domain.Calendars.Holidays;

/// <summary>KRX (KOSPI, KOSDAQ) closures and special sessions.</summary>
internal static class KrxHolidays
{
    // 1990-2023 are derived from the rules of those years (KrxHolidayRules, KrxPastClosures; provisional) and checked
    // against the bundled KRX series from 2002-10 on. 2024-2027 are the table below.
    // KRX closes on every public holiday (유가증권시장업무규정 제5조), on temporary holidays and election days, and on
    // the last trading day of December (year-end closing). Sources:
    //   KRX market holidays: https://global.krx.co.kr/contents/GLB/05/0501/0501110000/GLB0501110000.jsp
    //   Public holidays: 공휴일에 관한 법률 / 관공서의 공휴일에 관한 규정, https://www.law.go.kr ; KASI 월력요항
    //   2024-10-01 temporary holiday (Armed Forces Day), KRX notice 2024-09-10
    //   2025-01-27 temporary holiday, KRX notice 2025-01-17; 2025-06-03 presidential election
    //   2026-07-17 Constitution Day is a public holiday again (공휴일법 amendment passed 2026-01-29,
    //   https://m.seoul.co.kr/news/2026/01/29/20260129500182)
    // 2027 is provisional: derived from the statute (substitute holidays for national days, Children's Day, Buddha's
    // Birthday, Christmas; Seollal/Chuseok substitutes only for a Sunday or another holiday) before KRX's notice,
    // which comes in December. Labor Day 2027 falls on a Saturday and gets no substitute under the current rules.
    public static readonly MarketHoliday[] All =
    [
        .. Merge(KrxHolidayRules.All(), KrxPastClosures.All),
        H(2024, 1, 1, "New Year's Day"),
        H(2024, 2, 9, "Seollal"),
        H(2024, 2, 12, "Seollal (substitute)"),
        H(2024, 3, 1, "Independence Movement Day"),
        H(2024, 4, 10, "National Assembly election"),
        H(2024, 5, 1, "Labor Day"),
        H(2024, 5, 6, "Children's Day (substitute)"),
        H(2024, 5, 15, "Buddha's Birthday"),
        H(2024, 6, 6, "Memorial Day"),
        H(2024, 8, 15, "Liberation Day"),
        H(2024, 9, 16, "Chuseok"),
        H(2024, 9, 17, "Chuseok"),
        H(2024, 9, 18, "Chuseok"),
        H(2024, 10, 1, "Armed Forces Day (temporary holiday)"),
        H(2024, 10, 3, "National Foundation Day"),
        H(2024, 10, 9, "Hangul Day"),
        H(2024, 12, 25, "Christmas Day"),
        H(2024, 12, 31, "Year-end closing"),

        H(2025, 1, 1, "New Year's Day"),
        H(2025, 1, 27, "Temporary holiday"),
        H(2025, 1, 28, "Seollal"),
        H(2025, 1, 29, "Seollal"),
        H(2025, 1, 30, "Seollal"),
        H(2025, 3, 3, "Independence Movement Day (substitute)"),
        H(2025, 5, 1, "Labor Day"),
        H(2025, 5, 5, "Children's Day and Buddha's Birthday"),
        H(2025, 5, 6, "Buddha's Birthday (substitute)"),
        H(2025, 6, 3, "Presidential election"),
        H(2025, 6, 6, "Memorial Day"),
        H(2025, 8, 15, "Liberation Day"),
        H(2025, 10, 3, "National Foundation Day"),
        H(2025, 10, 6, "Chuseok"),
        H(2025, 10, 7, "Chuseok"),
        H(2025, 10, 8, "Chuseok (substitute)"),
        H(2025, 10, 9, "Hangul Day"),
        H(2025, 12, 25, "Christmas Day"),
        H(2025, 12, 31, "Year-end closing"),

        H(2026, 1, 1, "New Year's Day"),
        H(2026, 2, 16, "Seollal"),
        H(2026, 2, 17, "Seollal"),
        H(2026, 2, 18, "Seollal"),
        H(2026, 3, 2, "Independence Movement Day (substitute)"),
        H(2026, 5, 1, "Labor Day"),
        H(2026, 5, 5, "Children's Day"),
        H(2026, 5, 25, "Buddha's Birthday (substitute)"),
        H(2026, 6, 3, "Local elections"),
        H(2026, 7, 17, "Constitution Day"),
        H(2026, 8, 17, "Liberation Day (substitute)"),
        H(2026, 9, 24, "Chuseok"),
        H(2026, 9, 25, "Chuseok"),
        H(2026, 10, 5, "National Foundation Day (substitute)"),
        H(2026, 10, 9, "Hangul Day"),
        H(2026, 12, 25, "Christmas Day"),
        H(2026, 12, 31, "Year-end closing"),

        P(2027, 1, 1, "New Year's Day"),
        P(2027, 2, 8, "Seollal"),
        P(2027, 2, 9, "Seollal (substitute)"),
        P(2027, 3, 1, "Independence Movement Day"),
        P(2027, 5, 5, "Children's Day"),
        P(2027, 5, 13, "Buddha's Birthday"),
        P(2027, 7, 19, "Constitution Day (substitute)"),
        P(2027, 8, 16, "Liberation Day (substitute)"),
        P(2027, 9, 14, "Chuseok"),
        P(2027, 9, 15, "Chuseok"),
        P(2027, 9, 16, "Chuseok"),
        P(2027, 10, 4, "National Foundation Day (substitute)"),
        P(2027, 10, 11, "Hangul Day (substitute)"),
        P(2027, 12, 27, "Christmas Day (substitute)"),
        P(2027, 12, 31, "Year-end closing"),
    ];

    /// <summary>The rule-derived days of 1990–2023 with the one-off closures of those years; a one-off replaces a rule day's name.</summary>
    private static IEnumerable<MarketHoliday> Merge(IEnumerable<MarketHoliday> rules, IEnumerable<MarketHoliday> oneOffs)
    {
        var byDate = rules.ToDictionary(h => h.Date);
        foreach (var h in oneOffs) byDate[h.Date] = h;
        return byDate.Values.OrderBy(h => h.Date);
    }

    /// <summary>The opening ceremony delays the first trading day of the year; the close stays 15:30 (KRX notices each December).</summary>
    private static readonly SessionHours FirstTradingDay = new(T(10), T(15, 30), PreMarketStart: T(9, 30), AfterHoursEnd: T(18));

    /// <summary>
    /// On the college entrance exam (수능) day every session moves one hour later except the after-hours end (18:00).
    /// Dates: Ministry of Education announcements; the shift: KRX notices (e.g. edaily 2025-11-12).
    /// </summary>
    private static readonly SessionHours ExamDay = new(T(10), T(16, 30), PreMarketStart: T(9, 30), AfterHoursEnd: T(18));

    public static readonly SpecialSession[] Specials =
    [
        Exam(2016, 11, 17), Exam(2017, 11, 16), Exam(2017, 11, 23), Exam(2018, 11, 15), Exam(2019, 11, 14), Exam(2020, 12, 3),
        Exam(2021, 11, 18), Exam(2022, 11, 17), Exam(2023, 11, 16), Exam(2024, 11, 14), Exam(2025, 11, 13),
        Exam(2026, 11, 19), Exam(2027, 11, 18, provisional: true),
        First(2024, 1, 2), First(2025, 1, 2), First(2026, 1, 2), First(2027, 1, 4, provisional: true),
    ];

    private static SpecialSession Exam(int year, int month, int day, bool provisional = false) =>
        new(new DateOnly(year, month, day), ExamDay, IsEarlyClose: false, "College entrance exam day: sessions one hour later", provisional);

    private static SpecialSession First(int year, int month, int day, bool provisional = false) =>
        new(new DateOnly(year, month, day), FirstTradingDay, IsEarlyClose: false, "First trading day of the year: opens 10:00", provisional);
}
