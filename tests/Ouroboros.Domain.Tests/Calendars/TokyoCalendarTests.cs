using Ouroboros.Domain.Calendars;

namespace Ouroboros.Domain.Tests.Calendars;

/// <summary>Tokyo: the lunch break, the 15:30 close since November 2024 and the Japanese holidays.</summary>
public sealed class TokyoCalendarTests
{
    private static readonly MarketCalendar Tse = MarketCalendars.Get("TSE");

    [Theory]
    [InlineData("2025-06-10T08:59+09:00", MarketSession.Closed)]
    [InlineData("2025-06-10T09:00+09:00", MarketSession.Regular)]
    [InlineData("2025-06-10T11:29:59+09:00", MarketSession.Regular)]
    [InlineData("2025-06-10T11:30+09:00", MarketSession.Lunch)]
    [InlineData("2025-06-10T12:29:59+09:00", MarketSession.Lunch)]
    [InlineData("2025-06-10T12:30+09:00", MarketSession.Regular)]
    [InlineData("2025-06-10T15:29:59+09:00", MarketSession.Regular)]
    [InlineData("2025-06-10T15:30+09:00", MarketSession.Closed)]
    public void Tokyo_breaks_for_lunch_from_11_30_to_12_30(string instant, MarketSession session) =>
        Tse.SessionAt(At.Instant(instant)).ShouldBe(session);

    [Fact]
    public void Tokyo_closed_at_15_00_until_the_close_moved_to_15_30_on_5_november_2024()
    {
        Tse.ToLocal(Tse.ScheduleFor(At.Date("2024-11-01"))!.Close).TimeOfDay.ShouldBe(TimeSpan.FromHours(15));
        Tse.ToLocal(Tse.ScheduleFor(At.Date("2024-11-05"))!.Close).TimeOfDay.ShouldBe(new TimeSpan(15, 30, 0));
    }

    [Fact]
    public void During_lunch_the_next_open_is_the_end_of_lunch_and_the_next_close_the_end_of_the_day()
    {
        var lunch = At.Instant("2025-06-10T12:00+09:00");
        Tse.IsOpen(lunch).ShouldBeFalse();
        Tse.NextOpen(lunch).ShouldBe(At.Instant("2025-06-10T12:30+09:00"));
        Tse.NextClose(lunch).ShouldBe(At.Instant("2025-06-10T15:30+09:00"));
    }

    [Fact]
    public void In_the_morning_session_the_next_close_is_the_start_of_lunch()
    {
        var morning = At.Instant("2025-06-10T10:00+09:00");
        Tse.NextClose(morning).ShouldBe(At.Instant("2025-06-10T11:30+09:00"));
        Tse.NextOpen(morning).ShouldBe(At.Instant("2025-06-10T12:30+09:00"));
    }

    [Theory]
    [InlineData("2024-01-03", "Market holiday")]
    [InlineData("2024-09-23", "Autumnal Equinox Day (substitute)")]
    [InlineData("2025-11-24", "Labor Thanksgiving Day (substitute)")]
    [InlineData("2026-09-22", "Citizens' Holiday")]
    [InlineData("2027-03-22", "Vernal Equinox Day (substitute)")]
    [InlineData("2027-12-31", "Market holiday")]
    public void Each_year_has_its_japanese_holidays(string date, string name)
    {
        Tse.HolidayName(At.Date(date)).ShouldBe(name);
        Tse.SessionAt(At.Instant(date + "T10:00+09:00")).ShouldBe(MarketSession.Holiday);
    }

    [Fact]
    public void After_golden_week_2026_the_next_open_is_thursday_may_7() =>
        Tse.NextOpen(At.Instant("2026-05-01T15:30+09:00")).ShouldBe(At.Instant("2026-05-07T09:00+09:00"));

    [Fact]
    public void Tokyo_has_no_extended_windows()
    {
        var day = Tse.ScheduleFor(At.Date("2025-06-10"))!;
        day.PreMarketStart.ShouldBeNull();
        day.AfterHoursEnd.ShouldBeNull();
    }
}
