using Ouroboros.Domain.Calendars;

namespace Ouroboros.Domain.Tests.Calendars;

/// <summary>Crypto never closes; its trading day is the UTC date.</summary>
public sealed class CryptoCalendarTests
{
    private static readonly MarketCalendar Crypto = MarketCalendars.Crypto;

    [Theory]
    [InlineData("2024-12-25T03:00Z")]
    [InlineData("2025-01-04T23:59:59Z")]
    [InlineData("2026-03-08T07:00Z")]
    public void Crypto_is_always_open(string instant)
    {
        Crypto.IsOpen(At.Instant(instant)).ShouldBeTrue();
        Crypto.SessionAt(At.Instant(instant)).ShouldBe(MarketSession.Regular);
        Crypto.NextOpen(At.Instant(instant)).ShouldBeNull();
        Crypto.NextClose(At.Instant(instant)).ShouldBeNull();
    }

    [Fact]
    public void Every_day_is_a_crypto_trading_day_of_24_utc_hours()
    {
        Crypto.IsAroundTheClock.ShouldBeTrue();
        Crypto.Country.ShouldBe("");
        Crypto.TradingDaysBetween(At.Date("2025-01-01"), At.Date("2025-01-31")).Count().ShouldBe(31);
        var day = Crypto.ScheduleFor(At.Date("2025-01-04"))!;
        day.Open.ShouldBe(At.Instant("2025-01-04T00:00Z"));
        day.Close.ShouldBe(At.Instant("2025-01-05T00:00Z"));
        Crypto.LocalDateOf(At.Instant("2025-01-04T23:30-05:00")).ShouldBe(At.Date("2025-01-05"));
    }
}
