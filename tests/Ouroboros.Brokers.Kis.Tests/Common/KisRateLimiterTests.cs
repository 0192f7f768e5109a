using FsCheck;
using FsCheck.Fluent;
using Ouroboros.Brokers.Kis.Common;
using Ouroboros.TestKit;

namespace Ouroboros.Brokers.Kis.Tests.Common;

public sealed class KisRateLimiterTests
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(300);

    [Fact]
    public async Task Waiters_are_granted_one_per_interval_as_the_fake_clock_moves()
    {
        var clock = new FakeClock();
        var limiter = new KisRateLimiter(2, clock);
        var waits = Enumerable.Range(0, 4).Select(_ => limiter.WaitAsync(CancellationToken.None).AsTask()).ToList();

        waits.Count(w => w.IsCompleted).ShouldBe(1);
        clock.Advance(TimeSpan.FromMilliseconds(499));
        waits.Count(w => w.IsCompleted).ShouldBe(1);
        clock.Advance(TimeSpan.FromMilliseconds(1));
        await WaitForAsync(() => waits.Count(w => w.IsCompleted) == 2);
        // The third must also keep two to a second plus the guard: not at 1.0 s but at 1.05 s.
        clock.Advance(TimeSpan.FromMilliseconds(500));
        await Task.Delay(50);
        waits.Count(w => w.IsCompleted).ShouldBe(2);
        clock.Advance(TimeSpan.FromMilliseconds(50));
        await WaitForAsync(() => waits.Count(w => w.IsCompleted) == 3);
        clock.Advance(TimeSpan.FromMilliseconds(500));
        await WaitForAsync(() => waits.Count(w => w.IsCompleted) == 4);
        await Task.WhenAll(waits);
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++) await Task.Delay(10);
        condition().ShouldBeTrue();
    }

    [Fact]
    public async Task A_waiting_caller_can_be_cancelled()
    {
        var clock = new FakeClock();
        var limiter = new KisRateLimiter(2, clock);
        await limiter.WaitAsync(CancellationToken.None);
        using var cancel = new CancellationTokenSource();
        var wait = limiter.WaitAsync(cancel.Token).AsTask();
        wait.IsCompleted.ShouldBeFalse();
        await cancel.CancelAsync();
        await Should.ThrowAsync<OperationCanceledException>(() => wait);
    }

    [Fact]
    public void After_a_quiet_spell_the_next_request_goes_at_once() =>
        new KisRateLimiter(18, new FakeClock()).Reserve(FakeClock.DefaultStart).ShouldBe(FakeClock.DefaultStart);

    [Fact]
    public void Never_more_than_the_rate_is_granted_in_any_one_second_window() =>
        Check.One(Runs, Prop.ForAll(
            Gen.Choose(1, 20).ToArbitrary(),
            Gen.ListOf(Gen.Choose(0, 3_000)).ToArbitrary(),
            (rate, arrivalsMs) =>
            {
                var limiter = new KisRateLimiter(rate, new FakeClock());
                var start = FakeClock.DefaultStart;
                var grants = arrivalsMs.Order().Select(ms => limiter.Reserve(start.AddMilliseconds(ms))).ToList();
                // Grants never precede their arrival and never run backwards.
                var ordered = grants.Zip(grants.Skip(1)).All(p => p.First <= p.Second);
                var busiest = grants.Select(g => grants.Count(h => h >= g && h < g.AddSeconds(1) + limiter.Guard)).DefaultIfEmpty(0).Max();
                return ordered && busiest <= rate;
            }));

    [Fact]
    public void Grants_keep_up_with_the_rate_when_callers_queue() =>
        Check.One(Runs, Prop.ForAll(Gen.Choose(1, 20).ToArbitrary(), Gen.Choose(1, 60).ToArbitrary(), (rate, count) =>
        {
            var limiter = new KisRateLimiter(rate, new FakeClock());
            var grants = Enumerable.Range(0, count).Select(_ => limiter.Reserve(FakeClock.DefaultStart)).ToList();
            // n queued callers are all served within (n-1)/rate seconds, plus one guard per window of `rate` grants
            // (at most 5% at the 50 ms default) and a tick of rounding per grant.
            var guards = (count - 1) / rate;
            return grants[^1] - grants[0] <= TimeSpan.FromSeconds((count - 1) / (double)rate) + (limiter.Guard * guards) + TimeSpan.FromTicks(count);
        }));
}
