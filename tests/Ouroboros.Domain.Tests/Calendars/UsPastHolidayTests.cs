using Ouroboros.Domain.Calendars;

namespace Ouroboros.Domain.Tests.Calendars;

/// <summary>NYSE closures of 1993–2023, derived from Rule 7.2 and the one-off closures.</summary>
public sealed class UsPastHolidayTests
{
    private static readonly MarketCalendar Nyse = MarketCalendars.Nyse;

    [Theory]
    [InlineData("1994-04-27", "National Day of Mourning for President Nixon")]
    [InlineData("2001-09-11", "September 11 attacks")]
    [InlineData("2001-09-14", "September 11 attacks")]
    [InlineData("2004-06-11", "National Day of Mourning for President Reagan")]
    [InlineData("2007-01-02", "National Day of Mourning for President Ford")]
    [InlineData("2012-10-30", "Hurricane Sandy")]
    [InlineData("2018-12-05", "National Day of Mourning for President George H. W. Bush")]
    [InlineData("2008-03-21", "Good Friday")]
    [InlineData("2019-04-19", "Good Friday")]
    [InlineData("2017-01-02", "New Year's Day (observed)")]
    [InlineData("2020-07-03", "Independence Day (observed)")]
    [InlineData("2021-12-24", "Christmas Day (observed)")]
    [InlineData("2022-06-20", "Juneteenth (observed)")]
    [InlineData("1998-01-19", "Martin Luther King Jr. Day")]
    [InlineData("2010-11-25", "Thanksgiving Day")]
    public void Past_nyse_closures_are_known_and_provisional(string date, string name)
    {
        Nyse.HolidayName(At.Date(date)).ShouldBe(name);
        Nyse.HolidayOn(At.Date(date))!.IsProvisional.ShouldBeTrue();
    }

    [Theory]
    [InlineData("2021-12-31")] // New Year's Day 2022 was a Saturday: not observed, the year-end session trades
    [InlineData("1999-12-31")]
    [InlineData("1997-01-20")] // MLK Day only from 1998
    [InlineData("2021-06-18")] // Juneteenth only from 2022
    public void Days_the_rules_leave_open_are_trading_days(string date) => Nyse.IsTradingDay(At.Date(date)).ShouldBeTrue();

    [Theory]
    [InlineData("2019-07-03", "13:00")]
    [InlineData("2002-07-05", "13:00")]
    [InlineData("2018-11-23", "13:00")]
    [InlineData("2020-12-24", "13:00")]
    [InlineData("2002-07-03", "16:00")]
    public void Past_early_closes_follow_the_rules_of_their_year(string date, string close)
    {
        var day = Nyse.ScheduleFor(At.Date(date))!;
        Nyse.ToLocal(day.Close).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture).ShouldBe(close);
    }

    [Fact]
    public void Before_1993_the_calendar_has_no_holidays_and_says_so()
    {
        Nyse.HasHolidayData(At.Date("1992-12-31")).ShouldBeFalse();
        Nyse.HasHolidayData(At.Date("1993-01-01")).ShouldBeTrue();
    }
}
