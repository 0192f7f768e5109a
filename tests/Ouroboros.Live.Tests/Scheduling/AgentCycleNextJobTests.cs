using Ouroboros.Core.Faults;
using Ouroboros.Domain.Calendars;
using Ouroboros.Live.Agent;
using Ouroboros.Live.Scheduling;
using Ouroboros.TestKit.Storage;

namespace Ouroboros.Live.Tests.Scheduling;

/// <summary>A live session wakes for the daily cycle's next job on time; the cycle says when that is.</summary>
public sealed class AgentCycleNextJobTests
{
    private static readonly IReadOnlyList<MarketCalendar> Markets = [MarketCalendars.Krx, MarketCalendars.Nyse];

    private static AgentCycle Cycle(bool intraday) =>
        new(Markets, DailyCycleOptions.Default, new InMemorySessionJournal("s"), NoCrashPoints.Instance, null, intraday);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_next_job_is_the_first_the_schedule_has_after_the_time_rescans_only_for_an_intraday_feed(bool intraday)
    {
        var cycle = Cycle(intraday);
        var time = new DateTimeOffset(2026, 3, 3, 1, 7, 0, TimeSpan.Zero);
        var expected = DailyCycleSchedule.JobsBetween(Markets, time, time.AddDays(2), DailyCycleOptions.Default)
            .First(j => intraday || j.Kind is not (AgentJobKind.Rescan or AgentJobKind.RealtimeCycle or AgentJobKind.DailySession)).At;

        for (var t = time; t < time.AddHours(30); t = t.AddMinutes(7))
        {
            var want = DailyCycleSchedule.JobsBetween(Markets, t, t.AddDays(8), DailyCycleOptions.Default)
                .First(j => intraday || j.Kind is not (AgentJobKind.Rescan or AgentJobKind.RealtimeCycle or AgentJobKind.DailySession)).At;
            cycle.NextJobAfter(t).ShouldBe(want, $"after {t:u}");
        }
        Cycle(intraday).NextJobAfter(time).ShouldBe(expected);
    }

    [Fact]
    public void Over_a_weekend_the_next_job_is_mondays_first()
    {
        var saturday = new DateTimeOffset(2026, 3, 7, 12, 0, 0, TimeSpan.Zero);

        var next = Cycle(intraday: false).NextJobAfter(saturday);

        next.ShouldBe(DailyCycleSchedule.JobsBetween(Markets, saturday, saturday.AddDays(3), DailyCycleOptions.Default)[0].At);
        next!.Value.DayOfWeek.ShouldBeOneOf(DayOfWeek.Sunday, DayOfWeek.Monday);
    }
}
