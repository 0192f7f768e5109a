using FsCheck;
using FsCheck.Fluent;
using Ouroboros.Ai.Routing;
using Ouroboros.TestKit;

namespace Ouroboros.Ai.Tests.Routing;

/// <summary>
/// The breaker against a model of it: closed → open after N consecutive failures → half-open once the cool-off has
/// passed → closed on the probe's success, open again on its failure. Time only moves on a <see cref="FakeClock"/>.
/// </summary>
public sealed class ProviderCircuitBreakerTests
{
    private const string Provider = "openai";
    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(1_000);

    /// <summary>One step a route can take: a call that fails, a call that answers, or time passing (seconds).</summary>
    private sealed record Step(string Kind, int Seconds);

    private static readonly Gen<Step> Steps = Gen.Frequency(
        (4, Gen.Constant(new Step("fail", 0))),
        (2, Gen.Constant(new Step("succeed", 0))),
        (2, Gen.Choose(1, 90).Select(s => new Step("wait", s))));

    /// <summary>The specification, written independently of the implementation.</summary>
    private sealed class Model(int failuresToOpen, TimeSpan coolOff)
    {
        private int _failures;
        private DateTimeOffset? _openUntil;

        public BreakerState StateAt(DateTimeOffset now) =>
            _openUntil is not { } until ? BreakerState.Closed : now < until ? BreakerState.Open : BreakerState.HalfOpen;

        public void Fail(DateTimeOffset now)
        {
            var state = StateAt(now);
            _failures++;
            if (state == BreakerState.HalfOpen || _failures >= failuresToOpen) _openUntil = now + coolOff;
        }

        public void Succeed()
        {
            _failures = 0;
            _openUntil = null;
        }
    }

    [Fact]
    public void Breaker_follows_the_closed_open_half_open_cycle_for_any_sequence_of_calls_and_waits()
    {
        var arbitrary = (from n in Gen.Choose(1, 5)
                         from cool in Gen.Choose(1, 120)
                         from steps in Steps.ListOf()
                         select (n, cool, steps)).ToArbitrary();
        Check.One(Config, Prop.ForAll(arbitrary, input =>
        {
            var (n, cool, steps) = input;
            var clock = new FakeClock();
            var options = new CircuitBreakerOptions(n, TimeSpan.FromSeconds(cool));
            var breaker = new ProviderCircuitBreaker(options);
            var model = new Model(n, options.CoolOff);
            foreach (var step in steps)
            {
                var now = clock.GetUtcNow();
                var expected = model.StateAt(now);
                breaker.StateOf(Provider, now).ShouldBe(expected);
                // An open circuit fails fast: the router makes no call, so neither a failure nor a success can happen.
                (breaker.DownUntil(Provider, now) is not null).ShouldBe(expected == BreakerState.Open);
                switch (step.Kind)
                {
                    case "wait":
                        clock.Advance(TimeSpan.FromSeconds(step.Seconds));
                        break;
                    case "fail" when expected != BreakerState.Open:
                        var opened = breaker.RecordFailure(Provider, now);
                        model.Fail(now);
                        opened.ShouldBe(model.StateAt(now) == BreakerState.Open);
                        break;
                    case "succeed" when expected != BreakerState.Open:
                        breaker.RecordSuccess(Provider);
                        model.Succeed();
                        break;
                }
            }
            breaker.StateOf(Provider, clock.GetUtcNow()).ShouldBe(model.StateAt(clock.GetUtcNow()));
        }));
    }

    [Fact]
    public void Breaker_opens_after_three_failures_by_default_and_lets_one_probe_through_after_sixty_seconds()
    {
        var clock = new FakeClock();
        var breaker = new ProviderCircuitBreaker(CircuitBreakerOptions.Default);

        breaker.RecordFailure(Provider, clock.GetUtcNow()).ShouldBeFalse();
        breaker.RecordFailure(Provider, clock.GetUtcNow()).ShouldBeFalse();
        breaker.RecordFailure(Provider, clock.GetUtcNow()).ShouldBeTrue();
        breaker.StateOf(Provider, clock.GetUtcNow()).ShouldBe(BreakerState.Open);
        breaker.StateOf("gemini", clock.GetUtcNow()).ShouldBe(BreakerState.Closed);

        clock.Advance(TimeSpan.FromSeconds(59));
        breaker.StateOf(Provider, clock.GetUtcNow()).ShouldBe(BreakerState.Open);
        clock.Advance(TimeSpan.FromSeconds(1));
        breaker.StateOf(Provider, clock.GetUtcNow()).ShouldBe(BreakerState.HalfOpen);

        breaker.RecordFailure(Provider, clock.GetUtcNow()).ShouldBeTrue();
        breaker.DownUntil(Provider, clock.GetUtcNow()).ShouldBe(clock.GetUtcNow().AddSeconds(60));

        clock.Advance(TimeSpan.FromSeconds(60));
        breaker.RecordSuccess(Provider);
        breaker.StateOf(Provider, clock.GetUtcNow()).ShouldBe(BreakerState.Closed);
        breaker.RecordFailure(Provider, clock.GetUtcNow()).ShouldBeFalse();
    }
}
