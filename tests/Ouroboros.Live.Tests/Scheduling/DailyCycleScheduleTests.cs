using Ouroboros.Domain.Calendars;
using Ouroboros.Live.Scheduling;

namespace Ouroboros.Live.Tests.Scheduling;

public sealed class DailyCycleScheduleTests
{
    private static readonly DailyCycleOptions Defaults = DailyCycleOptions.Default;
    private static readonly DateOnly Tuesday = new(2026, 3, 3);

    [Fact]
    public void A_krx_day_runs_pre_market_open_rescans_one_session_close_and_post_market_at_seoul_times()
    {
        var krx = MarketCalendars.Krx;

        var jobs = DailyCycleSchedule.JobsFor(krx, Tuesday, Defaults);

        Local(krx, jobs, AgentJobKind.PreMarket).ShouldBe(["08:30"]);
        Local(krx, jobs, AgentJobKind.SessionOpen).ShouldBe(["09:00"]);
        Local(krx, jobs, AgentJobKind.DailySession).ShouldBe(["09:00"]);
        Local(krx, jobs, AgentJobKind.SessionClose).ShouldBe(["15:30"]);
        Local(krx, jobs, AgentJobKind.PostMarket).ShouldBe(["15:40"]);
        var rescans = Local(krx, jobs, AgentJobKind.Rescan);
        rescans.Count.ShouldBe(77);
        rescans[0].ShouldBe("09:05");
        rescans[^1].ShouldBe("15:25");
        jobs.Where(j => j.Kind == AgentJobKind.Rescan).Select(j => j.Sequence).ShouldBe(Enumerable.Range(1, 77));
        jobs.Count.ShouldBe(82);
        jobs.ShouldAllBe(j => j.Market == "KRX" && j.TradingDate == Tuesday);
        jobs.ShouldBe(jobs.Order(ScheduledJobOrder.Comparer).ToList());
        jobs[0].At.ShouldBe(new DateTimeOffset(2026, 3, 2, 23, 30, 0, TimeSpan.Zero));
    }

    [Fact]
    public void Holidays_and_weekends_have_no_jobs()
    {
        DailyCycleSchedule.JobsFor(MarketCalendars.Krx, new DateOnly(2026, 3, 2), Defaults).ShouldBeEmpty();
        DailyCycleSchedule.JobsFor(MarketCalendars.Nyse, new DateOnly(2026, 3, 7), Defaults).ShouldBeEmpty();
        DailyCycleSchedule.JobsFor(MarketCalendars.Nyse, new DateOnly(2026, 4, 3), Defaults).ShouldBeEmpty();
    }

    [Fact]
    public void Daily_mode_with_three_sessions_two_hours_apart_starts_them_at_the_open()
    {
        var options = Defaults with { DailySessions = 3, SessionIntervalHours = 2 };

        var jobs = DailyCycleSchedule.JobsFor(MarketCalendars.Krx, Tuesday, options);

        Local(MarketCalendars.Krx, jobs, AgentJobKind.DailySession).ShouldBe(["09:00", "11:00", "13:00"]);
        jobs.Where(j => j.Kind == AgentJobKind.DailySession).Select(j => j.Sequence).ShouldBe([1, 2, 3]);
        jobs.ShouldNotContain(j => j.Kind == AgentJobKind.RealtimeCycle);
    }

    [Fact]
    public void Daily_sessions_that_would_fall_at_or_after_the_close_are_dropped()
    {
        var options = Defaults with { DailySessions = 6, SessionIntervalHours = 2 };

        var jobs = DailyCycleSchedule.JobsFor(MarketCalendars.Krx, Tuesday, options);

        Local(MarketCalendars.Krx, jobs, AgentJobKind.DailySession).ShouldBe(["09:00", "11:00", "13:00", "15:00"]);
    }

    [Fact]
    public void Realtime_mode_runs_a_cycle_every_minute_of_the_session_instead_of_daily_sessions()
    {
        var options = Defaults with { TradeMode = TradeMode.Realtime };

        var jobs = DailyCycleSchedule.JobsFor(MarketCalendars.Nyse, Tuesday, options);

        var cycles = Local(MarketCalendars.Nyse, jobs, AgentJobKind.RealtimeCycle);
        cycles.Count.ShouldBe(390);
        cycles[0].ShouldBe("09:30");
        cycles[^1].ShouldBe("15:59");
        jobs.ShouldNotContain(j => j.Kind == AgentJobKind.DailySession);
        jobs.Count(j => j.Kind == AgentJobKind.Rescan).ShouldBe(77);
    }

    [Theory]
    [InlineData("TSE", "11:30", "12:30", 65)]
    [InlineData("HKEX", "12:00", "13:00", 65)]
    [InlineData("SSE", "11:30", "13:00", 47)]
    public void Rescans_and_cycles_skip_the_lunch_break(string market, string lunchStart, string lunchEnd, int rescans)
    {
        var calendar = MarketCalendars.Get(market);
        var options = Defaults with { TradeMode = TradeMode.Realtime };

        var jobs = DailyCycleSchedule.JobsFor(calendar, Tuesday, options);

        var times = jobs.Where(j => j.Kind is AgentJobKind.Rescan or AgentJobKind.RealtimeCycle)
            .Select(j => TimeOnly.FromDateTime(calendar.ToLocal(j.At).DateTime)).ToList();
        times.ShouldNotContain(t => t >= TimeOnly.Parse(lunchStart) && t < TimeOnly.Parse(lunchEnd));
        Local(calendar, jobs, AgentJobKind.Rescan).ShouldContain(lunchEnd);
        jobs.Count(j => j.Kind == AgentJobKind.Rescan).ShouldBe(rescans);
    }

    [Fact]
    public void A_daily_session_that_falls_in_the_lunch_break_moves_to_the_lunch_end()
    {
        var options = Defaults with { DailySessions = 2, SessionIntervalHours = 2 };

        var jobs = DailyCycleSchedule.JobsFor(MarketCalendars.Get("SSE"), Tuesday, options);

        Local(MarketCalendars.Get("SSE"), jobs, AgentJobKind.DailySession).ShouldBe(["09:30", "13:00"]);
    }

    [Fact]
    public void A_half_day_closes_early_and_drops_what_would_come_after()
    {
        var nyse = MarketCalendars.Nyse;
        var options = Defaults with { DailySessions = 2, SessionIntervalHours = 4 };

        var halfDay = DailyCycleSchedule.JobsFor(nyse, new DateOnly(2026, 11, 27), options);
        var fullDay = DailyCycleSchedule.JobsFor(nyse, new DateOnly(2026, 11, 25), options);

        Local(nyse, halfDay, AgentJobKind.SessionClose).ShouldBe(["13:00"]);
        Local(nyse, halfDay, AgentJobKind.PostMarket).ShouldBe(["13:10"]);
        Local(nyse, halfDay, AgentJobKind.Rescan)[^1].ShouldBe("12:55");
        Local(nyse, halfDay, AgentJobKind.DailySession).ShouldBe(["09:30"]);
        Local(nyse, fullDay, AgentJobKind.DailySession).ShouldBe(["09:30", "13:30"]);
    }

    [Fact]
    public void The_krx_late_open_on_exam_day_moves_pre_market_open_and_close()
    {
        var krx = MarketCalendars.Krx;

        var jobs = DailyCycleSchedule.JobsFor(krx, new DateOnly(2026, 11, 19), Defaults);

        Local(krx, jobs, AgentJobKind.PreMarket).ShouldBe(["09:30"]);
        Local(krx, jobs, AgentJobKind.SessionOpen).ShouldBe(["10:00"]);
        Local(krx, jobs, AgentJobKind.SessionClose).ShouldBe(["16:30"]);
    }

    [Fact]
    public void Jobs_between_merges_markets_across_midnight_utc_in_time_order()
    {
        var from = new DateTimeOffset(2026, 3, 3, 20, 0, 0, TimeSpan.Zero);
        var to = new DateTimeOffset(2026, 3, 4, 0, 10, 0, TimeSpan.Zero);

        var jobs = DailyCycleSchedule.JobsBetween([MarketCalendars.Nyse, MarketCalendars.Krx], from, to, Defaults);

        jobs.Where(j => j.Kind != AgentJobKind.Rescan).Select(j => j.Key).ShouldBe(
        [
            "NYSE/2026-03-03/SessionClose/0",
            "NYSE/2026-03-03/PostMarket/0",
            "KRX/2026-03-04/PreMarket/0",
            "KRX/2026-03-04/SessionOpen/0",
            "KRX/2026-03-04/DailySession/1",
        ]);
        jobs.ShouldAllBe(j => j.At > from && j.At <= to);
        jobs.ShouldBe(jobs.Order(ScheduledJobOrder.Comparer).ToList());
        jobs[^1].Key.ShouldBe("KRX/2026-03-04/Rescan/2");
    }

    [Fact]
    public void At_equal_times_markets_sort_by_name_and_a_crypto_day_ends_before_the_next_begins()
    {
        var midnight = new DateTimeOffset(2026, 3, 4, 0, 0, 0, TimeSpan.Zero);

        var jobs = DailyCycleSchedule.JobsBetween([MarketCalendars.Krx, MarketCalendars.Crypto], midnight.AddTicks(-1), midnight, Defaults);

        jobs.Select(j => j.Key).ShouldBe(
        [
            "CRYPTO/2026-03-03/SessionClose/0",
            "CRYPTO/2026-03-04/SessionOpen/0",
            "CRYPTO/2026-03-04/DailySession/1",
            "KRX/2026-03-04/SessionOpen/0",
            "KRX/2026-03-04/DailySession/1",
        ]);
    }

    [Fact]
    public void A_market_listed_twice_is_scheduled_once()
    {
        var from = new DateTimeOffset(2026, 3, 3, 0, 0, 0, TimeSpan.Zero);

        var twice = DailyCycleSchedule.JobsBetween([MarketCalendars.Krx, MarketCalendars.Krx], from, from.AddDays(1), Defaults);

        twice.Select(j => j.Key).Distinct().Count().ShouldBe(twice.Count);
    }

    [Fact]
    public void Keys_name_market_date_kind_and_sequence()
    {
        var job = new ScheduledJob("KRX", Tuesday, AgentJobKind.Rescan, 4, new DateTimeOffset(2026, 3, 3, 0, 20, 0, TimeSpan.Zero));

        job.Key.ShouldBe("KRX/2026-03-03/Rescan/4");
        var record = job.ToRecord(job.At.AddSeconds(2), "ok");
        record.Kind.ShouldBe("Rescan");
        record.Sequence.ShouldBe(4);
        record.ScheduledAt.ShouldBe(job.At);
    }

    private static List<string> Local(MarketCalendar calendar, IEnumerable<ScheduledJob> jobs, AgentJobKind kind) =>
        [.. jobs.Where(j => j.Kind == kind).Select(j => calendar.ToLocal(j.At).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture))];
}
