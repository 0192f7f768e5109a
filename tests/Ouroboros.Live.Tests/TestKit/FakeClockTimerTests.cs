using Ouroboros.TestKit;

namespace Ouroboros.Live.Tests.TestKit;

public sealed class FakeClockTimerTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_timer_fires_only_when_the_clock_passes_its_due_time_and_sees_that_time()
    {
        var clock = new FakeClock(Start);
        var seen = new List<DateTimeOffset>();
        using var timer = clock.CreateTimer(_ => seen.Add(clock.GetUtcNow()), null, TimeSpan.FromMinutes(5), Timeout.InfiniteTimeSpan);

        clock.Advance(TimeSpan.FromMinutes(4));
        seen.ShouldBeEmpty();
        clock.Advance(TimeSpan.FromMinutes(10));

        seen.ShouldBe([Start.AddMinutes(5)]);
        clock.GetUtcNow().ShouldBe(Start.AddMinutes(14));
        clock.PendingTimers.ShouldBe(0);
    }

    [Fact]
    public void Timers_fire_in_due_time_order_and_ties_in_the_order_they_were_set()
    {
        var clock = new FakeClock(Start);
        var order = new List<string>();
        using var c = clock.CreateTimer(_ => order.Add("c"), null, TimeSpan.FromSeconds(30), Timeout.InfiniteTimeSpan);
        using var a = clock.CreateTimer(_ => order.Add("a"), null, TimeSpan.FromSeconds(10), Timeout.InfiniteTimeSpan);
        using var b = clock.CreateTimer(_ => order.Add("b"), null, TimeSpan.FromSeconds(10), Timeout.InfiniteTimeSpan);

        clock.SetUtcNow(Start.AddHours(1));

        order.ShouldBe(["a", "b", "c"]);
    }

    [Fact]
    public void A_periodic_timer_fires_once_per_period_passed()
    {
        var clock = new FakeClock(Start);
        var seen = new List<DateTimeOffset>();
        using var timer = clock.CreateTimer(_ => seen.Add(clock.GetUtcNow()), null, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(20));

        clock.Advance(TimeSpan.FromSeconds(75));

        seen.ShouldBe([Start.AddSeconds(10), Start.AddSeconds(30), Start.AddSeconds(50), Start.AddSeconds(70)]);
        clock.NextTimerDue.ShouldBe(Start.AddSeconds(90));
    }

    [Fact]
    public void A_disposed_timer_never_fires_and_cannot_be_changed()
    {
        var clock = new FakeClock(Start);
        var fired = 0;
        var timer = clock.CreateTimer(_ => fired++, null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));

        timer.Dispose();
        clock.Advance(TimeSpan.FromMinutes(1));

        fired.ShouldBe(0);
        timer.Change(TimeSpan.Zero, Timeout.InfiniteTimeSpan).ShouldBeFalse();
        clock.PendingTimers.ShouldBe(0);
    }

    [Fact]
    public void Change_moves_the_due_time_from_now_and_an_infinite_due_time_stops_the_timer()
    {
        var clock = new FakeClock(Start);
        var seen = new List<DateTimeOffset>();
        using var timer = clock.CreateTimer(_ => seen.Add(clock.GetUtcNow()), null, TimeSpan.FromSeconds(10), Timeout.InfiniteTimeSpan);

        clock.Advance(TimeSpan.FromSeconds(5));
        timer.Change(TimeSpan.FromSeconds(10), Timeout.InfiniteTimeSpan).ShouldBeTrue();
        clock.Advance(TimeSpan.FromSeconds(9));
        seen.ShouldBeEmpty();
        clock.Advance(TimeSpan.FromSeconds(1));
        seen.ShouldBe([Start.AddSeconds(15)]);

        timer.Change(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
        timer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        clock.Advance(TimeSpan.FromMinutes(1));
        seen.Count.ShouldBe(1);
    }

    [Fact]
    public void A_timer_set_inside_a_callback_fires_in_the_same_move_when_it_is_due_by_then()
    {
        var clock = new FakeClock(Start);
        var seen = new List<DateTimeOffset>();
        ITimer? second = null;
        using var first = clock.CreateTimer(_ =>
        {
            seen.Add(clock.GetUtcNow());
            second = clock.CreateTimer(_ => seen.Add(clock.GetUtcNow()), null, TimeSpan.FromMinutes(1), Timeout.InfiniteTimeSpan);
        }, null, TimeSpan.FromMinutes(1), Timeout.InfiniteTimeSpan);

        clock.Advance(TimeSpan.FromMinutes(10));

        seen.ShouldBe([Start.AddMinutes(1), Start.AddMinutes(2)]);
        second.ShouldNotBeNull().Dispose();
    }

    [Fact]
    public void A_timer_due_now_fires_on_the_next_move_even_a_zero_one()
    {
        var clock = new FakeClock(Start);
        var fired = 0;
        using var timer = clock.CreateTimer(_ => fired++, null, TimeSpan.Zero, Timeout.InfiniteTimeSpan);

        fired.ShouldBe(0);
        clock.Advance(TimeSpan.Zero);

        fired.ShouldBe(1);
    }

    [Fact]
    public void Setting_the_clock_backwards_fires_nothing_and_keeps_the_due_instants()
    {
        var clock = new FakeClock(Start);
        var fired = 0;
        using var timer = clock.CreateTimer(_ => fired++, null, TimeSpan.FromMinutes(1), Timeout.InfiniteTimeSpan);

        clock.SetUtcNow(Start.AddHours(-1));
        clock.Advance(TimeSpan.FromMinutes(59));
        fired.ShouldBe(0);
        clock.Advance(TimeSpan.FromMinutes(2));

        fired.ShouldBe(1);
        clock.GetUtcNow().ShouldBe(Start.AddMinutes(1));
    }

    [Fact]
    public async Task Task_delay_and_a_timed_cancellation_run_on_the_fake_clock()
    {
        var clock = new FakeClock(Start);
        var delay = Task.Delay(TimeSpan.FromHours(3), clock);
        using var deadline = new CancellationTokenSource(TimeSpan.FromHours(1), clock);

        clock.Advance(TimeSpan.FromMinutes(59));
        deadline.IsCancellationRequested.ShouldBeFalse();
        delay.IsCompleted.ShouldBeFalse();
        clock.Advance(TimeSpan.FromHours(3));

        deadline.IsCancellationRequested.ShouldBeTrue();
        await delay;
    }

    [Fact]
    public void The_clock_still_refuses_to_run_backwards_by_accident()
    {
        var clock = new FakeClock();

        Should.Throw<ArgumentOutOfRangeException>(() => clock.Advance(TimeSpan.FromTicks(-1)));
        clock.GetUtcNow().ShouldBe(FakeClock.DefaultStart);
    }
}
