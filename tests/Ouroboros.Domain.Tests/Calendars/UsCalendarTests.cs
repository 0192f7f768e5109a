using Ouroboros.Domain.Calendars;

namespace Ouroboros.Domain.Tests.Calendars;

/// <summary>NYSE (and NASDAQ/AMEX): daylight saving, holidays, early closes and the extended windows KIS trades.</summary>
public sealed class UsCalendarTests
{
    private static readonly MarketCalendar Nyse = MarketCalendars.Get("NYSE");

    [Fact]
    public void Nyse_opens_at_13_30_utc_in_summer_and_14_30_utc_in_winter()
    {
        Nyse.ScheduleFor(At.Date("2024-07-10"))!.Open.ShouldBe(At.Instant("2024-07-10T13:30Z"));
        Nyse.ScheduleFor(At.Date("2024-01-10"))!.Open.ShouldBe(At.Instant("2024-01-10T14:30Z"));
        Nyse.ScheduleFor(At.Date("2024-01-10"))!.Close.ShouldBe(At.Instant("2024-01-10T21:00Z"));
    }

    [Theory]
    [InlineData("2024-03-08", "2024-03-08T14:30Z")]
    [InlineData("2024-03-11", "2024-03-11T13:30Z")]
    [InlineData("2024-11-01", "2024-11-01T13:30Z")]
    [InlineData("2024-11-04", "2024-11-04T14:30Z")]
    [InlineData("2025-03-07", "2025-03-07T14:30Z")]
    [InlineData("2025-03-10", "2025-03-10T13:30Z")]
    [InlineData("2026-10-30", "2026-10-30T13:30Z")]
    [InlineData("2026-11-02", "2026-11-02T14:30Z")]
    [InlineData("2027-03-15", "2027-03-15T13:30Z")]
    public void The_open_moves_an_hour_in_utc_on_the_first_trading_day_after_each_clock_change(string date, string open) =>
        Nyse.ScheduleFor(At.Date(date))!.Open.ShouldBe(At.Instant(open));

    [Fact]
    public void Nine_thirty_new_york_time_is_open_on_both_sides_of_the_clock_change()
    {
        Nyse.IsOpen(At.Instant("2024-03-08T09:30-05:00")).ShouldBeTrue();
        Nyse.IsOpen(At.Instant("2024-03-11T09:30-04:00")).ShouldBeTrue();
        Nyse.IsOpen(At.Instant("2024-03-11T13:29:59Z")).ShouldBeFalse();
        Nyse.SessionAt(At.Instant("2024-03-11T13:29:59Z")).ShouldBe(MarketSession.PreMarket);
    }

    [Theory]
    [InlineData("2024-03-29", "Good Friday")]
    [InlineData("2024-06-19", "Juneteenth")]
    [InlineData("2025-01-09", "National Day of Mourning for President Carter")]
    [InlineData("2025-04-18", "Good Friday")]
    [InlineData("2026-07-03", "Independence Day (observed)")]
    [InlineData("2027-06-18", "Juneteenth (observed)")]
    [InlineData("2027-12-24", "Christmas Day (observed)")]
    public void Each_year_has_its_exchange_holidays(string date, string name)
    {
        foreach (var market in new[] { "NYSE", "NASDAQ", "AMEX" })
        {
            var calendar = MarketCalendars.Get(market);
            calendar.IsTradingDay(At.Date(date)).ShouldBeFalse(market);
            calendar.HolidayName(At.Date(date)).ShouldBe(name);
            calendar.SessionAt(At.Instant(date + "T12:00-05:00")).ShouldBe(MarketSession.Holiday);
        }
    }

    [Fact]
    public void New_years_day_on_a_saturday_is_not_moved_to_the_friday_before() =>
        Nyse.IsTradingDay(At.Date("2027-12-31")).ShouldBeTrue();

    [Theory]
    [InlineData("2024-07-03")]
    [InlineData("2024-11-29")]
    [InlineData("2024-12-24")]
    [InlineData("2025-07-03")]
    [InlineData("2025-11-28")]
    [InlineData("2025-12-24")]
    [InlineData("2026-11-27")]
    [InlineData("2026-12-24")]
    [InlineData("2027-11-26")]
    public void Early_closes_end_the_session_at_1pm_and_after_hours_at_5pm_new_york_time(string date)
    {
        var day = Nyse.ScheduleFor(At.Date(date))!;
        day.IsEarlyClose.ShouldBeTrue();
        Nyse.ToLocal(day.Close).TimeOfDay.ShouldBe(TimeSpan.FromHours(13));
        Nyse.ToLocal(day.AfterHoursEnd!.Value).TimeOfDay.ShouldBe(TimeSpan.FromHours(17));
    }

    [Fact]
    public void After_an_early_close_the_market_is_in_after_hours_then_closed()
    {
        Nyse.IsOpen(At.Instant("2024-11-29T12:59-05:00")).ShouldBeTrue();
        Nyse.SessionAt(At.Instant("2024-11-29T13:00-05:00")).ShouldBe(MarketSession.AfterHours);
        Nyse.SessionAt(At.Instant("2024-11-29T17:00-05:00")).ShouldBe(MarketSession.Closed);
        Nyse.NextClose(At.Instant("2024-11-29T10:00-05:00")).ShouldBe(At.Instant("2024-11-29T18:00Z"));
    }

    [Fact]
    public void July_2_is_a_full_day_when_independence_day_is_observed_on_friday_july_3() =>
        Nyse.ScheduleFor(At.Date("2026-07-02"))!.IsEarlyClose.ShouldBeFalse();

    [Theory]
    [InlineData("2024-07-10T03:59-04:00", MarketSession.Closed)]
    [InlineData("2024-07-10T04:00-04:00", MarketSession.PreMarket)]
    [InlineData("2024-07-10T09:29-04:00", MarketSession.PreMarket)]
    [InlineData("2024-07-10T09:30-04:00", MarketSession.Regular)]
    [InlineData("2024-07-10T15:59-04:00", MarketSession.Regular)]
    [InlineData("2024-07-10T16:00-04:00", MarketSession.AfterHours)]
    [InlineData("2024-07-10T19:59-04:00", MarketSession.AfterHours)]
    [InlineData("2024-07-10T20:00-04:00", MarketSession.Closed)]
    [InlineData("2024-07-13T12:00-04:00", MarketSession.Closed)]
    public void The_sessions_of_a_day_are_pre_regular_after_and_closed(string instant, MarketSession session) =>
        Nyse.SessionAt(At.Instant(instant)).ShouldBe(session);

    [Fact]
    public void Next_open_skips_the_good_friday_long_weekend()
    {
        var thursdayClose = At.Instant("2024-03-28T16:00-04:00");
        Nyse.NextOpen(thursdayClose).ShouldBe(At.Instant("2024-04-01T13:30Z"));
        Nyse.NextClose(thursdayClose).ShouldBe(At.Instant("2024-04-01T20:00Z"));
    }

    [Fact]
    public void Next_open_over_the_thanksgiving_weekend_lands_on_monday_after_the_half_day()
    {
        Nyse.NextOpen(At.Instant("2025-11-26T16:00-05:00")).ShouldBe(At.Instant("2025-11-28T14:30Z"));
        Nyse.NextOpen(At.Instant("2025-11-28T10:00-05:00")).ShouldBe(At.Instant("2025-12-01T14:30Z"));
    }

    [Fact]
    public void Trading_days_between_skip_weekends_and_holidays() =>
        Nyse.TradingDaysBetween(At.Date("2024-12-23"), At.Date("2025-01-03"))
            .ShouldBe([At.Date("2024-12-23"), At.Date("2024-12-24"), At.Date("2024-12-26"), At.Date("2024-12-27"),
                At.Date("2024-12-30"), At.Date("2024-12-31"), At.Date("2025-01-02"), At.Date("2025-01-03")]);

    [Fact]
    public void A_year_of_nyse_has_the_published_number_of_trading_days()
    {
        Nyse.TradingDaysBetween(At.Date("2024-01-01"), At.Date("2024-12-31")).Count().ShouldBe(252);
        Nyse.TradingDaysBetween(At.Date("2025-01-01"), At.Date("2025-12-31")).Count().ShouldBe(250);
        Nyse.TradingDaysBetween(At.Date("2026-01-01"), At.Date("2026-12-31")).Count().ShouldBe(251);
        Nyse.TradingDaysBetween(At.Date("2027-01-01"), At.Date("2027-12-31")).Count().ShouldBe(251);
    }
}
