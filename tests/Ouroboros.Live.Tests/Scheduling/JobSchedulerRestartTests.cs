using Ouroboros.Domain.Calendars;
using Ouroboros.Live.Scheduling;
using Ouroboros.TestKit;

namespace Ouroboros.Live.Tests.Scheduling;

/// <summary>Restarts on KRX, Tuesday 2026-03-03 to Thursday 2026-03-05 (Seoul is UTC+9, no daylight saving).</summary>
public sealed class JobSchedulerRestartTests
{
    private static readonly IReadOnlyList<MarketCalendar> Krx = [MarketCalendars.Krx];

    [Fact]
    public async Task A_restart_in_the_middle_of_the_day_runs_nothing_twice_and_does_not_replay_missed_rescans()
    {
        var harness = new SchedulerHarness(new FakeClock(Seoul(3, 7, 0)));
        await harness.RunUntilAsync(Krx, DailyCycleOptions.Default, Seoul(3, 7, 0), Seoul(3, 10, 0));
        var beforeCrash = harness.Ran.Count;

        // Down from 10:00 to 13:07:30; the journal keeps what ran.
        harness.Clock.SetUtcNow(Seoul(3, 13, 7, 30));
        await harness.RunUntilAsync(Krx, DailyCycleOptions.Default, Seoul(3, 10, 0), Seoul(3, 16, 0));

        harness.Ran.Select(r => r.Job.Key).Distinct().Count().ShouldBe(harness.Ran.Count);
        beforeCrash.ShouldBe(1 + 1 + 12 + 1);
        var rescans = harness.Jobs(AgentJobKind.Rescan).Select(j => Local(j.At)).ToList();
        rescans.ShouldNotContain(t => t > new TimeOnly(10, 0) && t < new TimeOnly(13, 10));
        rescans.ShouldContain(new TimeOnly(13, 10));
        rescans.Count.ShouldBe(77 - 37);
        harness.Ran.Where(r => r.RanAt > Seoul(3, 10, 0)).ShouldAllBe(r => r.RanAt == r.Job.At);
        harness.Jobs(AgentJobKind.SessionClose).ShouldHaveSingleItem();
        harness.Jobs(AgentJobKind.PostMarket).ShouldHaveSingleItem();
        harness.Log.Entries.ShouldContain(e => e.Message.StartsWith("Skipped 37 missed jobs (37 Rescan)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_restart_after_the_open_catches_up_the_pre_market_and_the_open_but_not_the_first_session()
    {
        var harness = new SchedulerHarness(new FakeClock(Seoul(3, 9, 32)));

        await harness.RunUntilAsync(Krx, DailyCycleOptions.Default, Seoul(3, 8, 0), Seoul(3, 9, 36));

        harness.Ran.Select(r => $"{r.Job.Kind}#{r.Job.Sequence}@{Local(r.RanAt):HH:mm}").ShouldBe(
            ["PreMarket#0@09:32", "SessionOpen#0@09:32", "Rescan#7@09:35"]);
        harness.Log.Entries.ShouldContain(e => e.Message.StartsWith("Skipped 7 missed jobs (6 Rescan, 1 DailySession)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_restart_after_the_close_runs_the_missed_close_and_post_market_but_not_the_pre_market()
    {
        var harness = new SchedulerHarness(new FakeClock(Seoul(3, 16, 0)));

        await harness.RunUntilAsync(Krx, DailyCycleOptions.Default, Seoul(3, 8, 0), Seoul(3, 20, 0));

        harness.Ran.Select(r => r.Job.Key).ShouldBe(["KRX/2026-03-03/SessionClose/0", "KRX/2026-03-03/PostMarket/0"]);
        harness.Ran.ShouldAllBe(r => r.RanAt == Seoul(3, 16, 0));
    }

    [Fact]
    public async Task A_restart_days_later_closes_only_the_previous_trading_day_and_joins_today_if_still_open()
    {
        var harness = new SchedulerHarness(new FakeClock(Seoul(5, 10, 0, 30)));

        await harness.RunUntilAsync(Krx, DailyCycleOptions.Default, Seoul(3, 14, 0), Seoul(5, 10, 6));

        harness.Ran.Select(r => r.Job.Key).ShouldBe(
        [
            "KRX/2026-03-04/SessionClose/0",
            "KRX/2026-03-04/PostMarket/0",
            "KRX/2026-03-05/PreMarket/0",
            "KRX/2026-03-05/SessionOpen/0",
            "KRX/2026-03-05/Rescan/12",
            "KRX/2026-03-05/Rescan/13",
        ]);
        harness.Jobs(AgentJobKind.Rescan).Last().At.ShouldBe(Seoul(5, 10, 5));
    }

    [Fact]
    public async Task Jobs_the_journal_already_holds_are_not_run_again_after_a_restart()
    {
        var harness = new SchedulerHarness(new FakeClock(Seoul(3, 7, 0)));
        await harness.RunUntilAsync(Krx, DailyCycleOptions.Default, Seoul(3, 7, 0), Seoul(3, 16, 0));
        var firstRun = harness.Ran.Count;

        // A restart that resumes from before the close (an old checkpoint) finds the close and post-market journaled.
        harness.Clock.SetUtcNow(Seoul(3, 17, 0));
        await harness.RunUntilAsync(Krx, DailyCycleOptions.Default, Seoul(3, 15, 0), Seoul(3, 18, 0));

        harness.Ran.Count.ShouldBe(firstRun);
        harness.Ran.Select(r => r.Job.Key).Distinct().Count().ShouldBe(firstRun);
    }

    [Fact]
    public void A_job_a_few_seconds_late_is_on_time_but_one_over_a_minute_late_is_missed()
    {
        var job = new ScheduledJob("KRX", new DateOnly(2026, 3, 3), AgentJobKind.Rescan, 1, Seoul(3, 9, 5));

        MissedJobPolicy.IsMissed(job, Seoul(3, 9, 5, 30)).ShouldBeFalse();
        MissedJobPolicy.IsMissed(job, Seoul(3, 9, 6, 1)).ShouldBeTrue();
    }

    private static DateTimeOffset Seoul(int day, int hour, int minute, int second = 0) =>
        new DateTimeOffset(2026, 3, day, hour, minute, second, TimeSpan.FromHours(9)).ToUniversalTime();

    private static TimeOnly Local(DateTimeOffset at) => TimeOnly.FromDateTime(MarketCalendars.Krx.ToLocal(at).DateTime);
}
