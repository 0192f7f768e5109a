using System.Globalization;
using Ouroboros.Domain.Calendars;
using Ouroboros.Live.Scheduling;
using Ouroboros.TestKit;

namespace Ouroboros.Live.Tests.Scheduling;

/// <summary>
/// The week of 2026-03-02: Monday is a KRX holiday (Independence Movement Day, substitute), the US moves to daylight
/// saving time on Sunday 2026-03-08, so New York's 09:30 open is 14:30 UTC before and 13:30 UTC after.
/// </summary>
public sealed class JobSchedulerWeekTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset End = new(2026, 3, 10, 23, 0, 0, TimeSpan.Zero);
    private static readonly IReadOnlyList<MarketCalendar> Markets = [MarketCalendars.Krx, MarketCalendars.Nyse];

    private static readonly DateOnly[] KrxDays = [D(3), D(4), D(5), D(6), D(9), D(10)];
    private static readonly DateOnly[] UsDays = [D(2), D(3), D(4), D(5), D(6), D(9), D(10)];

    [Fact]
    public async Task A_week_of_krx_and_the_us_runs_every_job_once_at_its_local_time_across_a_holiday_and_the_dst_change()
    {
        var harness = new SchedulerHarness(new FakeClock(Start));

        await harness.RunUntilAsync(Markets, DailyCycleOptions.Default, Start, End);

        // Exactly once each, at its own time, in order, and nothing else.
        harness.Ran.ShouldAllBe(r => r.RanAt == r.Job.At);
        harness.Ran.Select(r => r.Job.Key).Distinct().Count().ShouldBe(harness.Ran.Count);
        harness.Ran.Select(r => r.Job).ShouldBe(DailyCycleSchedule.JobsBetween(Markets, Start, End, DailyCycleOptions.Default));
        harness.Ran.Count.ShouldBe((KrxDays.Length + UsDays.Length) * 82);

        // Trading days: no KRX job on its holiday, none on the weekend.
        harness.Ran.Where(r => r.Job.Market == "KRX").Select(r => r.Job.TradingDate).Distinct().ShouldBe(KrxDays);
        harness.Ran.Where(r => r.Job.Market == "NYSE").Select(r => r.Job.TradingDate).Distinct().ShouldBe(UsDays);
        var usFridayDone = new DateTimeOffset(2026, 3, 6, 21, 10, 0, TimeSpan.Zero);
        var krxMondayPlanned = new DateTimeOffset(2026, 3, 8, 23, 30, 0, TimeSpan.Zero);
        harness.Ran.ShouldNotContain(r => r.RanAt > usFridayDone && r.RanAt < krxMondayPlanned);

        // Local times hold on both sides of the change.
        foreach (var job in harness.Jobs(AgentJobKind.SessionOpen, "NYSE")) LocalTime(MarketCalendars.Nyse, job).ShouldBe("09:30");
        foreach (var job in harness.Jobs(AgentJobKind.SessionClose, "NYSE")) LocalTime(MarketCalendars.Nyse, job).ShouldBe("16:00");
        foreach (var job in harness.Jobs(AgentJobKind.PreMarket, "KRX")) LocalTime(MarketCalendars.Krx, job).ShouldBe("08:30");
        foreach (var job in harness.Jobs(AgentJobKind.SessionOpen, "KRX")) LocalTime(MarketCalendars.Krx, job).ShouldBe("09:00");
        harness.Jobs(AgentJobKind.SessionOpen, "NYSE").Select(j => j.At.UtcDateTime.ToString("MM-dd HH:mm", CultureInfo.InvariantCulture)).ShouldBe(
            ["03-02 14:30", "03-03 14:30", "03-04 14:30", "03-05 14:30", "03-06 14:30", "03-09 13:30", "03-10 13:30"]);
        harness.Jobs(AgentJobKind.PreMarket, "KRX").First().At.ShouldBe(new DateTimeOffset(2026, 3, 2, 23, 30, 0, TimeSpan.Zero));

        // Each trading day has its full cycle.
        foreach (var day in harness.Ran.GroupBy(r => (r.Job.Market, r.Job.TradingDate)))
        {
            day.Count(r => r.Job.Kind == AgentJobKind.Rescan).ShouldBe(77, day.Key.ToString());
            day.Count(r => r.Job.Kind is AgentJobKind.PreMarket or AgentJobKind.SessionOpen or AgentJobKind.DailySession
                or AgentJobKind.SessionClose or AgentJobKind.PostMarket).ShouldBe(5, day.Key.ToString());
        }
        harness.Log.Entries.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_loop_waits_on_one_timer_for_the_next_job_and_stops_when_cancelled()
    {
        var monday = new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);
        var clock = new FakeClock(monday);
        using var stop = new CancellationTokenSource();
        var ran = new List<ScheduledJob>();

        var loop = new JobScheduler(clock).RunAsync(Markets, DailyCycleOptions.Default, monday,
            (_, _) => Task.FromResult(false), (job, _) => { ran.Add(job); return Task.CompletedTask; }, stop.Token);

        clock.PendingTimers.ShouldBe(1);
        clock.NextTimerDue.ShouldBe(new DateTimeOffset(2026, 3, 2, 14, 0, 0, TimeSpan.Zero), "US pre-market, 09:00 New York");
        await stop.CancelAsync();
        await loop;
        ran.ShouldBeEmpty();
        clock.PendingTimers.ShouldBe(0);
    }

    [Fact]
    public async Task Realtime_mode_runs_every_cycle_of_the_day_once()
    {
        var harness = new SchedulerHarness(new FakeClock(Start));
        var options = DailyCycleOptions.Default with { TradeMode = TradeMode.Realtime };

        await harness.RunUntilAsync([MarketCalendars.Nyse], options, Start, new DateTimeOffset(2026, 3, 3, 0, 0, 0, TimeSpan.Zero));

        var cycles = harness.Jobs(AgentJobKind.RealtimeCycle).ToList();
        cycles.Count.ShouldBe(390);
        cycles.Select(c => c.Sequence).ShouldBe(Enumerable.Range(1, 390));
        harness.Ran.ShouldAllBe(r => r.RanAt == r.Job.At);
        harness.Jobs(AgentJobKind.DailySession).ShouldBeEmpty();
    }

    [Fact]
    public async Task Daily_mode_with_three_sessions_runs_them_two_hours_apart()
    {
        var harness = new SchedulerHarness(new FakeClock(Start));
        var options = DailyCycleOptions.Default with { DailySessions = 3, SessionIntervalHours = 2 };

        await harness.RunUntilAsync([MarketCalendars.Krx], options, Start, new DateTimeOffset(2026, 3, 3, 12, 0, 0, TimeSpan.Zero));

        harness.Ran.Where(r => r.Job.Kind == AgentJobKind.DailySession)
            .Select(r => LocalTime(MarketCalendars.Krx, r.Job) + "#" + r.Job.Sequence).ShouldBe(["09:00#1", "11:00#2", "13:00#3"]);
    }

    [Fact]
    public async Task A_job_that_throws_is_logged_and_the_schedule_goes_on()
    {
        var harness = new SchedulerHarness(new FakeClock(Start)) { Fails = j => j.Kind == AgentJobKind.SessionOpen };

        await harness.RunUntilAsync([MarketCalendars.Krx], DailyCycleOptions.Default, Start, new DateTimeOffset(2026, 3, 3, 23, 0, 0, TimeSpan.Zero));

        harness.Jobs(AgentJobKind.SessionOpen).ShouldHaveSingleItem();
        harness.Jobs(AgentJobKind.PostMarket).ShouldHaveSingleItem();
        harness.Log.Entries.ShouldContain(e => e.Level == Microsoft.Extensions.Logging.LogLevel.Error
            && e.Message.Contains("KRX/2026-03-03/SessionOpen/0", StringComparison.Ordinal) && e.Exception is InvalidOperationException);
    }

    private static DateOnly D(int day) => new(2026, 3, day);

    private static string LocalTime(MarketCalendar calendar, ScheduledJob job) =>
        calendar.ToLocal(job.At).ToString("HH:mm", CultureInfo.InvariantCulture);
}
