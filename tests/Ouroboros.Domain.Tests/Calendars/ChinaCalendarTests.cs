using Ouroboros.Domain.Calendars;

namespace Ouroboros.Domain.Tests.Calendars;

/// <summary>Shanghai and Shenzhen: lunch 11:30-13:00 and the State Council holiday arrangements.</summary>
public sealed class ChinaCalendarTests
{
    public static TheoryData<string> Markets => ["SSE", "SZSE"];

    [Theory]
    [MemberData(nameof(Markets))]
    public void Shanghai_and_shenzhen_break_for_lunch_from_11_30_to_13_00(string market)
    {
        var calendar = MarketCalendars.Get(market);
        calendar.SessionAt(At.Instant("2025-06-10T09:29+08:00")).ShouldBe(MarketSession.Closed);
        calendar.SessionAt(At.Instant("2025-06-10T09:30+08:00")).ShouldBe(MarketSession.Regular);
        calendar.SessionAt(At.Instant("2025-06-10T11:30+08:00")).ShouldBe(MarketSession.Lunch);
        calendar.SessionAt(At.Instant("2025-06-10T12:59:59+08:00")).ShouldBe(MarketSession.Lunch);
        calendar.SessionAt(At.Instant("2025-06-10T13:00+08:00")).ShouldBe(MarketSession.Regular);
        calendar.SessionAt(At.Instant("2025-06-10T15:00+08:00")).ShouldBe(MarketSession.Closed);
    }

    [Theory]
    [InlineData("SSE", "2024-02-16")]
    [InlineData("SZSE", "2024-10-07")]
    [InlineData("SSE", "2025-10-08")]
    [InlineData("SZSE", "2026-01-02")]
    [InlineData("SSE", "2026-09-25")]
    [InlineData("SZSE", "2027-02-12")]
    public void Each_year_has_its_chinese_holidays(string market, string date) =>
        MarketCalendars.Get(market).IsTradingDay(At.Date(date)).ShouldBeFalse();

    [Fact]
    public void After_the_2025_national_day_golden_week_shanghai_reopens_on_october_9() =>
        MarketCalendars.Get("SSE").NextOpen(At.Instant("2025-09-30T15:00+08:00")).ShouldBe(At.Instant("2025-10-09T09:30+08:00"));

    [Fact]
    public void The_make_up_saturday_workdays_are_not_trading_days() =>
        MarketCalendars.Get("SSE").IsTradingDay(At.Date("2026-02-14")).ShouldBeFalse();
}
