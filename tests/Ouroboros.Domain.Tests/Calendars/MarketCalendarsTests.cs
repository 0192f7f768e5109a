using Ouroboros.Domain.Venues;
using Ouroboros.Domain.Calendars;
using Ouroboros.Domain.Instruments;

namespace Ouroboros.Domain.Tests.Calendars;

/// <summary>The registry of calendars and the shape of their data.</summary>
public sealed class MarketCalendarsTests
{
    [Fact]
    public void Every_market_of_the_mission_has_a_calendar() =>
        MarketCalendars.All.Select(c => c.Market).ShouldBe(["KRX", "NYSE", "NASDAQ", "AMEX", "TSE", "HKEX", "SSE", "SZSE", "HNX", "HOSE", "CRYPTO"]);

    [Theory]
    [InlineData("KRX", "KR", "Asia/Seoul", "1990-01-01")]
    [InlineData("NASDAQ", "US", "America/New_York", "1993-01-01")]
    [InlineData("TSE", "JP", "Asia/Tokyo", "2024-01-01")]
    [InlineData("HKEX", "HK", "Asia/Hong_Kong", "2024-01-01")]
    [InlineData("SZSE", "CN", "Asia/Shanghai", "2024-01-01")]
    [InlineData("HOSE", "VN", "Asia/Ho_Chi_Minh", "2024-01-01")]
    public void Markets_carry_their_country_and_tz_database_zone(string market, string country, string zone, string coverageStart)
    {
        var calendar = MarketCalendars.Get(market.ToLowerInvariant());
        calendar.Country.ShouldBe(country);
        calendar.TimeZone.Id.ShouldBe(zone);
        calendar.HolidayCoverageStart.ShouldBe(At.Date(coverageStart));
        calendar.HolidayCoverageEnd.ShouldBe(At.Date("2027-12-31"));
    }

    [Fact]
    public void An_unknown_market_is_refused_with_the_list_of_known_ones()
    {
        var e = Should.Throw<ArgumentException>(() => MarketCalendars.Get("LSE"));
        e.Message.ShouldContain("unknown market 'LSE'");
        e.Message.ShouldContain("KRX, NYSE, NASDAQ");
        MarketCalendars.TryGet("lse", out _).ShouldBeFalse();
    }

    [Fact]
    public void Venues_map_to_their_calendars_and_generic_has_none()
    {
        MarketCalendars.ForVenue(Venue.Krx).Market.ShouldBe("KRX");
        MarketCalendars.ForVenue(Venue.Us).Market.ShouldBe("NYSE");
        MarketCalendars.ForVenue(Venue.Bybit).Market.ShouldBe("CRYPTO");
        MarketCalendars.TryForVenue(Venue.Generic, out var none).ShouldBeFalse();
        none.ShouldBeNull();
        Should.Throw<ArgumentException>(() => MarketCalendars.ForVenue(Venue.Generic));
    }

    [Fact]
    public void Every_exchange_lists_weekday_holidays_for_every_covered_year()
    {
        foreach (var calendar in MarketCalendars.All.Where(c => !c.IsAroundTheClock))
        {
            calendar.Holidays.ShouldAllBe(h => h.Date.DayOfWeek != DayOfWeek.Saturday && h.Date.DayOfWeek != DayOfWeek.Sunday);
            calendar.Holidays.Select(h => h.Date).ShouldBeUnique();
            foreach (var year in new[] { 2024, 2025, 2026, 2027 })
                calendar.Holidays.Count(h => h.Date.Year == year).ShouldBeGreaterThanOrEqualTo(9, $"{calendar.Market} {year}");
        }
    }

    [Fact]
    public void A_holiday_is_the_whole_local_day_and_a_weekend_is_closed()
    {
        var krx = MarketCalendars.Krx;
        krx.SessionAt(At.Instant("2025-12-25T00:00+09:00")).ShouldBe(MarketSession.Holiday);
        krx.SessionAt(At.Instant("2025-12-25T23:59+09:00")).ShouldBe(MarketSession.Holiday);
        krx.SessionAt(At.Instant("2025-12-27T10:00+09:00")).ShouldBe(MarketSession.Closed);
        krx.ScheduleFor(At.Date("2025-12-25")).ShouldBeNull();
    }
}
