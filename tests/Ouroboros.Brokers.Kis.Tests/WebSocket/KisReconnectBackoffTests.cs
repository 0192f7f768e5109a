using FsCheck;
using FsCheck.Fluent;
using Ouroboros.Brokers.Kis.WebSocket;

namespace Ouroboros.Brokers.Kis.Tests.WebSocket;

public sealed class KisReconnectBackoffTests
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(200);
    private static readonly TimeSpan Initial = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Max = TimeSpan.FromSeconds(60);

    [Fact]
    public void Every_delay_lies_between_half_and_all_of_the_doubled_and_capped_delay() =>
        Check.One(Runs, Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), Gen.Choose(0, 80).ToArbitrary(), (seed, attempt) =>
        {
            var ceiling = TimeSpan.FromTicks((long)Math.Min(Initial.Ticks * Math.Pow(2, attempt), Max.Ticks));
            var delay = new KisReconnectBackoff(Initial, Max, seed).Next(attempt);
            return delay <= ceiling && delay >= ceiling / 2;
        }));

    [Fact]
    public void The_same_seed_gives_the_same_delays_and_another_seed_other_ones()
    {
        static TimeSpan[] Delays(int seed)
        {
            var backoff = new KisReconnectBackoff(Initial, Max, seed);
            return [.. Enumerable.Range(0, 8).Select(backoff.Next)];
        }

        Delays(5).ShouldBe(Delays(5));
        Delays(5).ShouldNotBe(Delays(6));
    }

    [Fact]
    public void Delays_grow_until_the_cap()
    {
        var backoff = new KisReconnectBackoff(Initial, Max, 1);
        backoff.Next(0).ShouldBeLessThanOrEqualTo(Initial);
        backoff.Next(20).ShouldBeGreaterThanOrEqualTo(Max / 2);
        backoff.Next(20).ShouldBeLessThanOrEqualTo(Max);
    }
}
