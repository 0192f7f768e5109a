using Ouroboros.Domain.Calendars.Holidays;
using static Ouroboros.Domain.Calendars.Holidays.HolidayRows;

namespace Ouroboros.Domain.Calendars;

/// <summary>
/// The markets, their zones and regular hours. Sources for hours: ../shared/kis-openapi.md §8 (KIS contract notes),
/// KRX (https://global.krx.co.kr), NYSE (https://www.nyse.com/markets/hours-calendars), JPX (close moved to 15:30 on
/// 2024-11-05, https://www.jpx.co.jp/english/equities/trading/domestic/index.html), HKEX, SSE/SZSE, HOSE/HNX.
/// </summary>
internal static class MarketDefinitions
{
    private static readonly DateOnly CoverageStart = new(2024, 1, 1);
    private static readonly DateOnly CoverageEnd = new(2027, 12, 31);

    // The years before the published tables are derived from each exchange's rules (provisional), back to the start of
    // the bundled data: KRX from 1990, the US markets from 1993.
    private static readonly DateOnly KrxCoverageStart = new(KrxHolidayRules.FirstYear, 1, 1);
    private static readonly DateOnly UsCoverageStart = new(UsHolidayRules.FirstYear, 1, 1);

    // KIS takes KRX orders for the pre-market closing-price window from 08:30 and for the after-hours closing-price
    // and single-price windows until 18:00. KRX closed at 15:00 until 2016-08-01.
    private static readonly HoursPeriod[] Krx =
    [
        new(DateOnly.MinValue, new SessionHours(T(9), T(15), PreMarketStart: T(8, 30), AfterHoursEnd: T(18))),
        new(new DateOnly(2016, 8, 1), new SessionHours(T(9), T(15, 30), PreMarketStart: T(8, 30), AfterHoursEnd: T(18))),
    ];

    // KIS trades US pre-market (04:00-09:30 ET) and after-hours (16:00-20:00 ET).
    private static readonly HoursPeriod[] Us = [new(DateOnly.MinValue, new SessionHours(T(9, 30), T(16), PreMarketStart: T(4), AfterHoursEnd: T(20)))];

    private static readonly HoursPeriod[] Tse =
    [
        new(DateOnly.MinValue, new SessionHours(T(9), T(15), T(11, 30), T(12, 30))),
        new(new DateOnly(2024, 11, 5), new SessionHours(T(9), T(15, 30), T(11, 30), T(12, 30))),
    ];

    private static readonly HoursPeriod[] Hkex = [new(DateOnly.MinValue, new SessionHours(T(9, 30), T(16), T(12), T(13)))];
    private static readonly HoursPeriod[] China = [new(DateOnly.MinValue, new SessionHours(T(9, 30), T(15), T(11, 30), T(13)))];

    // Continuous trading plus the closing auction (ATC) that ends at 14:45.
    private static readonly HoursPeriod[] Vietnam = [new(DateOnly.MinValue, new SessionHours(T(9), T(14, 45), T(11, 30), T(13)))];

    public static IReadOnlyList<MarketDefinition> All { get; } =
    [
        Exchange("KRX", "KR", "Asia/Seoul", Krx, KrxHolidays.All, KrxHolidays.Specials, KrxCoverageStart),
        Exchange("NYSE", "US", "America/New_York", Us, UsHolidays.All, UsHolidays.Specials, UsCoverageStart),
        Exchange("NASDAQ", "US", "America/New_York", Us, UsHolidays.All, UsHolidays.Specials, UsCoverageStart),
        Exchange("AMEX", "US", "America/New_York", Us, UsHolidays.All, UsHolidays.Specials, UsCoverageStart),
        Exchange("TSE", "JP", "Asia/Tokyo", Tse, JpxHolidays.All, []),
        Exchange("HKEX", "HK", "Asia/Hong_Kong", Hkex, HkexHolidays.All, HkexHolidays.Specials),
        Exchange("SSE", "CN", "Asia/Shanghai", China, ChinaHolidays.All, []),
        Exchange("SZSE", "CN", "Asia/Shanghai", China, ChinaHolidays.All, []),
        Exchange("HNX", "VN", "Asia/Ho_Chi_Minh", Vietnam, VietnamHolidays.All, []),
        Exchange("HOSE", "VN", "Asia/Ho_Chi_Minh", Vietnam, VietnamHolidays.All, []),
        new("CRYPTO", "", "UTC", [new(DateOnly.MinValue, new SessionHours(TimeOnly.MinValue, TimeOnly.MinValue))], [], [],
            DateOnly.MinValue, DateOnly.MaxValue, AroundTheClock: true),
    ];

    private static MarketDefinition Exchange(string market, string country, string zone, HoursPeriod[] hours,
        MarketHoliday[] holidays, SpecialSession[] specials, DateOnly? coverageStart = null) =>
        new(market, country, zone, hours, holidays, specials, coverageStart ?? CoverageStart, CoverageEnd);
}
