using Ouroboros.Domain.Calendars;

namespace Ouroboros.Domain.Tests.Calendars;

/// <summary>Hong Kong: lunch 12:00-13:00, half days and the Hong Kong general holidays.</summary>
public sealed class HongKongCalendarTests
{
    private static readonly MarketCalendar Hkex = MarketCalendars.Get("hkex");

    [Theory]
    [InlineData("2025-06-10T09:29+08:00", MarketSession.Closed)]
    [InlineData("2025-06-10T09:30+08:00", MarketSession.Regular)]
    [InlineData("2025-06-10T11:59:59+08:00", MarketSession.Regular)]
    [InlineData("2025-06-10T12:00+08:00", MarketSession.Lunch)]
    [InlineData("2025-06-10T12:59:59+08:00", MarketSession.Lunch)]
    [InlineData("2025-06-10T13:00+08:00", MarketSession.Regular)]
    [InlineData("2025-06-10T16:00+08:00", MarketSession.Closed)]
    public void Hong_kong_breaks_for_lunch_from_12_00_to_13_00(string instant, MarketSession session) =>
        Hkex.SessionAt(At.Instant(instant)).ShouldBe(session);

    [Theory]
    [InlineData("2024-02-09")]
    [InlineData("2025-12-24")]
    [InlineData("2026-02-16")]
    [InlineData("2027-12-31")]
    public void Half_days_trade_only_the_morning(string date)
    {
        var day = Hkex.ScheduleFor(At.Date(date))!;
        day.IsEarlyClose.ShouldBeTrue();
        day.LunchStart.ShouldBeNull();
        Hkex.ToLocal(day.Close).TimeOfDay.ShouldBe(TimeSpan.FromHours(12));
        Hkex.SessionAt(At.Instant(date + "T13:30+08:00")).ShouldBe(MarketSession.Closed);
    }

    [Theory]
    [InlineData("2024-02-13", "Lunar New Year (fourth day)")]
    [InlineData("2024-09-06", "Typhoon signal No. 8 (Yagi): no trading all day")]
    [InlineData("2025-10-29", "Chung Yeung Festival")]
    [InlineData("2026-04-07", "Day following Ching Ming Festival")]
    [InlineData("2026-10-19", "Day following Chung Yeung Festival")]
    [InlineData("2027-02-09", "Lunar New Year (fourth day)")]
    [InlineData("2027-12-27", "First weekday after Christmas Day")]
    public void Each_year_has_its_hong_kong_holidays(string date, string name) =>
        Hkex.HolidayName(At.Date(date)).ShouldBe(name);

    [Fact]
    public void After_the_2026_easter_and_ching_ming_closures_the_market_reopens_on_wednesday() =>
        Hkex.NextOpen(At.Instant("2026-04-02T16:00+08:00")).ShouldBe(At.Instant("2026-04-08T09:30+08:00"));
}
