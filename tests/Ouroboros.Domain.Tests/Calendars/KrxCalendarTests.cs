using Ouroboros.Domain.Calendars;
using Ouroboros.TestKit;

namespace Ouroboros.Domain.Tests.Calendars;

/// <summary>KRX: hours, the late-open days, the year-end closing and the Korean holidays.</summary>
public sealed class KrxCalendarTests
{
    private static readonly MarketCalendar Krx = MarketCalendars.Krx;

    [Fact]
    public void Krx_trades_09_00_to_15_30_seoul_time_which_is_00_00_to_06_30_utc()
    {
        var day = Krx.ScheduleFor(At.Date("2025-03-04"))!;
        day.Open.ShouldBe(At.Instant("2025-03-04T00:00Z"));
        day.Close.ShouldBe(At.Instant("2025-03-04T06:30Z"));
        day.LunchStart.ShouldBeNull();
        day.PreMarketStart.ShouldBe(At.Instant("2025-03-04T08:30+09:00"));
        day.AfterHoursEnd.ShouldBe(At.Instant("2025-03-04T18:00+09:00"));
    }

    [Theory]
    [InlineData("2025-03-04T08:29+09:00", MarketSession.Closed)]
    [InlineData("2025-03-04T08:30+09:00", MarketSession.PreMarket)]
    [InlineData("2025-03-04T09:00+09:00", MarketSession.Regular)]
    [InlineData("2025-03-04T15:29+09:00", MarketSession.Regular)]
    [InlineData("2025-03-04T15:30+09:00", MarketSession.AfterHours)]
    [InlineData("2025-03-04T17:59+09:00", MarketSession.AfterHours)]
    [InlineData("2025-03-04T18:00+09:00", MarketSession.Closed)]
    public void A_krx_day_runs_pre_market_regular_after_hours(string instant, MarketSession session) =>
        Krx.SessionAt(At.Instant(instant)).ShouldBe(session);

    [Theory]
    [InlineData("2024-01-02")]
    [InlineData("2025-01-02")]
    [InlineData("2026-01-02")]
    [InlineData("2027-01-04")]
    public void The_first_trading_day_of_the_year_opens_at_10_00_and_closes_at_15_30(string date)
    {
        var day = Krx.ScheduleFor(At.Date(date))!;
        Krx.ToLocal(day.Open).TimeOfDay.ShouldBe(TimeSpan.FromHours(10));
        Krx.ToLocal(day.Close).TimeOfDay.ShouldBe(new TimeSpan(15, 30, 0));
        Krx.IsOpen(At.Instant(date + "T09:30+09:00")).ShouldBeFalse();
    }

    [Theory]
    [InlineData("2024-11-14")]
    [InlineData("2025-11-13")]
    [InlineData("2026-11-19")]
    [InlineData("2027-11-18")]
    public void On_the_college_entrance_exam_day_krx_trades_10_00_to_16_30(string date)
    {
        var day = Krx.ScheduleFor(At.Date(date))!;
        Krx.ToLocal(day.Open).TimeOfDay.ShouldBe(TimeSpan.FromHours(10));
        Krx.ToLocal(day.Close).TimeOfDay.ShouldBe(new TimeSpan(16, 30, 0));
        Krx.IsOpen(At.Instant(date + "T16:00+09:00")).ShouldBeTrue();
        Krx.SessionAt(At.Instant(date + "T16:30+09:00")).ShouldBe(MarketSession.AfterHours);
    }

    [Theory]
    [InlineData("2024-12-31")]
    [InlineData("2025-12-31")]
    [InlineData("2026-12-31")]
    [InlineData("2027-12-31")]
    public void Krx_is_closed_on_the_last_day_of_december(string date) =>
        Krx.HolidayName(At.Date(date)).ShouldBe("Year-end closing");

    [Theory]
    [InlineData("2024-02-12", "Seollal (substitute)")]
    [InlineData("2024-04-10", "National Assembly election")]
    [InlineData("2024-10-01", "Armed Forces Day (temporary holiday)")]
    [InlineData("2025-01-27", "Temporary holiday")]
    [InlineData("2025-06-03", "Presidential election")]
    [InlineData("2025-10-08", "Chuseok (substitute)")]
    [InlineData("2026-05-25", "Buddha's Birthday (substitute)")]
    [InlineData("2026-06-03", "Local elections")]
    [InlineData("2026-07-17", "Constitution Day")]
    [InlineData("2026-09-24", "Chuseok")]
    [InlineData("2027-02-09", "Seollal (substitute)")]
    [InlineData("2027-12-27", "Christmas Day (substitute)")]
    public void Each_year_has_its_korean_holidays(string date, string name)
    {
        Krx.HolidayName(At.Date(date)).ShouldBe(name);
        Krx.SessionAt(At.Instant(date + "T10:00+09:00")).ShouldBe(MarketSession.Holiday);
    }

    [Fact]
    public void The_2025_seollal_closure_runs_from_the_temporary_holiday_to_thursday()
    {
        Krx.TradingDaysBetween(At.Date("2025-01-24"), At.Date("2025-01-31")).ShouldBe([At.Date("2025-01-24"), At.Date("2025-01-31")]);
        Krx.NextOpen(At.Instant("2025-01-24T15:30+09:00")).ShouldBe(At.Instant("2025-01-31T09:00+09:00"));
    }

    [Fact]
    public void The_next_open_after_the_year_end_closing_is_the_late_open_of_january_2() =>
        Krx.NextOpen(At.Instant("2025-12-30T15:30+09:00")).ShouldBe(At.Instant("2026-01-02T10:00+09:00"));

    [Fact]
    public void The_calendar_matches_the_real_krx_trading_days_of_2025_and_2026_day_by_day()
    {
        var traded = File.ReadLines(RepoPaths.Data("calendar-check", "krx-069500-daily-with-nav-2025-2026.csv"))
            .Skip(1).Where(line => line.Length >= 10).Select(line => At.Date(line[..10])).ToList();

        traded.Count.ShouldBe(319);
        Krx.TradingDaysBetween(traded[0], traded[^1]).ShouldBe(traded);
    }

    [Fact]
    public void Before_august_2016_krx_closed_at_15_00() =>
        Krx.ToLocal(Krx.ScheduleFor(At.Date("2016-07-29"))!.Close).TimeOfDay.ShouldBe(TimeSpan.FromHours(15));

    [Fact]
    public void Outside_the_holiday_coverage_every_weekday_counts_as_a_trading_day()
    {
        Krx.HasHolidayData(At.Date("1989-09-14")).ShouldBeFalse();
        Krx.IsTradingDay(At.Date("1989-09-14")).ShouldBeTrue();
        Krx.HasHolidayData(At.Date("1990-01-01")).ShouldBeTrue();
        Krx.HasHolidayData(At.Date("2027-12-31")).ShouldBeTrue();
        Krx.HasHolidayData(At.Date("2028-01-26")).ShouldBeFalse();
        Krx.IsTradingDay(At.Date("2028-01-26")).ShouldBeTrue();
    }

    [Theory]
    [InlineData("2023-09-28", "Chuseok")]
    [InlineData("2023-09-29", "Chuseok")]
    [InlineData("2023-10-02", "Temporary holiday")]
    [InlineData("2023-01-24", "Seollal (substitute)")]
    [InlineData("2023-05-29", "Buddha's Birthday (substitute)")]
    [InlineData("2022-10-10", "Hangul Day (substitute)")]
    [InlineData("2005-04-05", "Arbor Day")]
    [InlineData("2007-07-17", "Constitution Day")]
    [InlineData("2009-12-31", "Year-end closing")]
    [InlineData("2017-05-09", "Presidential election")]
    [InlineData("1997-12-18", "Presidential election")]
    [InlineData("1990-10-09", "Hangul Day")]
    public void Past_krx_holidays_are_derived_from_the_rules_of_their_year(string date, string name)
    {
        Krx.HolidayName(At.Date(date)).ShouldBe(name);
        Krx.HolidayOn(At.Date(date))!.IsProvisional.ShouldBeTrue();
    }

    [Theory]
    [InlineData("2008-07-17")]
    [InlineData("2006-04-05")]
    [InlineData("2012-10-09")]
    [InlineData("1999-01-04")]
    public void Days_that_stopped_being_holidays_are_trading_days(string date) => Krx.IsTradingDay(At.Date(date)).ShouldBeTrue();

    [Fact]
    public void A_seollal_in_a_leap_lunar_year_follows_the_korean_lunar_calendar()
    {
        // 2023 has a leap second month; Seollal 2023 was Sunday 2023-01-22, so Jan 21-23 and a substitute Jan 24.
        Krx.IsTradingDay(At.Date("2023-01-23")).ShouldBeFalse();
        Krx.IsTradingDay(At.Date("2023-01-25")).ShouldBeTrue();
        // Chuseok 2020 (leap fourth month that year): Sep 30 - Oct 2.
        new[] { "2020-09-30", "2020-10-01", "2020-10-02" }.ShouldAllBe(d => Krx.HolidayName(At.Date(d)) == "Chuseok");
    }

    [Fact]
    public void A_daily_strategy_rebalances_on_krx_trading_days_only()
    {
        var days = Krx.TradingDaysBetween(At.Date("2026-09-21"), At.Date("2026-10-09")).ToList();
        days.ShouldNotContain(At.Date("2026-09-24"));
        days.ShouldNotContain(At.Date("2026-09-25"));
        days.ShouldNotContain(At.Date("2026-10-05"));
        days.ShouldNotContain(At.Date("2026-10-09"));
        days.Count.ShouldBe(11);
        Krx.NextTradingDay(At.Date("2026-09-23")).ShouldBe(At.Date("2026-09-28"));
        Krx.PreviousTradingDay(At.Date("2026-10-12")).ShouldBe(At.Date("2026-10-08"));
    }
}
