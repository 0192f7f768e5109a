using Ouroboros.Domain.Calendars;

namespace Ouroboros.Domain.Tests.Calendars;

/// <summary>Hanoi (HNX) and Ho Chi Minh (HOSE): lunch 11:30-13:00 and the Vietnamese holidays.</summary>
public sealed class VietnamCalendarTests
{
    public static TheoryData<string> Markets => ["HNX", "HOSE"];

    [Theory]
    [MemberData(nameof(Markets))]
    public void Vietnam_trades_09_00_to_14_45_with_lunch_from_11_30_to_13_00(string market)
    {
        var calendar = MarketCalendars.Get(market);
        calendar.SessionAt(At.Instant("2025-06-10T08:59+07:00")).ShouldBe(MarketSession.Closed);
        calendar.SessionAt(At.Instant("2025-06-10T09:00+07:00")).ShouldBe(MarketSession.Regular);
        calendar.SessionAt(At.Instant("2025-06-10T11:30+07:00")).ShouldBe(MarketSession.Lunch);
        calendar.SessionAt(At.Instant("2025-06-10T13:00+07:00")).ShouldBe(MarketSession.Regular);
        calendar.SessionAt(At.Instant("2025-06-10T14:44:59+07:00")).ShouldBe(MarketSession.Regular);
        calendar.SessionAt(At.Instant("2025-06-10T14:45+07:00")).ShouldBe(MarketSession.Closed);
        calendar.ScheduleFor(At.Date("2025-06-10"))!.Open.ShouldBe(At.Instant("2025-06-10T02:00Z"));
    }

    [Theory]
    [InlineData("HOSE", "2024-04-29", "Reunification Day holiday (swapped day)")]
    [InlineData("HNX", "2024-09-03", "National Day")]
    [InlineData("HOSE", "2025-01-27", "Tet holiday")]
    [InlineData("HNX", "2025-05-02", "Labour Day holiday (swapped day)")]
    [InlineData("HOSE", "2026-04-27", "Hung Kings Commemoration Day (substitute)")]
    [InlineData("HNX", "2026-08-31", "National Day holiday (swapped day)")]
    [InlineData("HOSE", "2027-02-10", "Tet holiday")]
    public void Each_year_has_its_vietnamese_holidays(string market, string date, string name) =>
        MarketCalendars.Get(market).HolidayName(At.Date(date)).ShouldBe(name);

    [Fact]
    public void After_tet_2026_trading_resumes_on_february_23() =>
        MarketCalendars.Get("HOSE").NextOpen(At.Instant("2026-02-13T14:45+07:00")).ShouldBe(At.Instant("2026-02-23T09:00+07:00"));
}
