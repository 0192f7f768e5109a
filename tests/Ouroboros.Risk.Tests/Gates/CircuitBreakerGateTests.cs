using FsCheck;
using FsCheck.Fluent;
using Ouroboros.Domain.Orders;
using Ouroboros.Risk.Gates;
using Ouroboros.Risk.Tests.Support;

namespace Ouroboros.Risk.Tests.Gates;

/// <summary>The circuit breaker stops new entries at a daily loss of 3% or worse and never traps a position.</summary>
public sealed class CircuitBreakerGateTests
{
    private readonly CircuitBreakerGate _gate = new();

    [Fact]
    public void Gate_is_named_circuit_breaker_with_a_minus_3_percent_default()
    {
        _gate.Name.ShouldBe("circuit_breaker");
        _gate.Threshold.ShouldBe(-0.03m);
        CircuitBreakerGate.DefaultThreshold.ShouldBe(-0.03m);
    }

    [Fact]
    public void Gate_denies_entries_at_exactly_minus_3_percent()
    {
        var verdict = _gate.Evaluate(Checks.Entry(equity: 97_000m, dayStart: 100_000m));

        verdict.IsApproved.ShouldBeFalse();
        verdict.Gate.ShouldBe("circuit_breaker");
        verdict.Reason.ShouldNotBeNull().ShouldStartWith("daily P&L");
        verdict.Reason.ShouldEndWith("no new entries until the next day");
    }

    [Fact]
    public void Gate_denies_entries_below_minus_3_percent() =>
        _gate.Evaluate(Checks.Entry(equity: 90_000m, dayStart: 100_000m)).IsApproved.ShouldBeFalse();

    [Fact]
    public void Gate_allows_entries_just_above_minus_3_percent() =>
        _gate.Evaluate(Checks.Entry(equity: 97_000.01m, dayStart: 100_000m)).IsApproved.ShouldBeTrue();

    [Fact]
    public void Gate_allows_entries_on_a_winning_day() =>
        _gate.Evaluate(Checks.Entry(equity: 105_000m, dayStart: 100_000m)).IsApproved.ShouldBeTrue();

    [Fact]
    public void Gate_denies_short_entries_after_the_loss_too() =>
        _gate.Evaluate(Checks.Of(OrderSide.Sell, position: 0m, equity: 96_000m, dayStart: 100_000m)).IsApproved.ShouldBeFalse();

    [Fact]
    public void Gate_always_allows_exits_even_after_a_large_loss()
    {
        _gate.Evaluate(Checks.Exit(equity: 50_000m, dayStart: 100_000m)).IsApproved.ShouldBeTrue();
        _gate.Evaluate(Checks.Of(OrderSide.Buy, position: -5m, equity: 50_000m, dayStart: 100_000m, quantity: 5m)).IsApproved.ShouldBeTrue();
    }

    [Fact]
    public void Gate_allows_exits_even_when_the_equity_is_unknown() =>
        _gate.Evaluate(Checks.Exit(equity: null, dayStart: null)).IsApproved.ShouldBeTrue();

    [Theory]
    [InlineData(null, 100_000)]
    [InlineData(100_000, null)]
    [InlineData(null, null)]
    [InlineData(100_000, 0)]
    public void Gate_denies_entries_with_data_missing_when_equity_or_day_start_equity_is_unknown(int? equity, int? dayStart)
    {
        var verdict = _gate.Evaluate(Checks.Entry(equity: equity, dayStart: dayStart));

        verdict.IsApproved.ShouldBeFalse();
        verdict.Reason.ShouldBe("data missing: equity and day-start equity are needed to compute daily P&L");
    }

    [Fact]
    public void A_stricter_threshold_trips_earlier()
    {
        var strict = new CircuitBreakerGate(-0.01m);

        strict.Evaluate(Checks.Entry(equity: 98_900m, dayStart: 100_000m)).IsApproved.ShouldBeFalse();
        strict.Evaluate(Checks.Entry(equity: 99_100m, dayStart: 100_000m)).IsApproved.ShouldBeTrue();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(0.03)]
    [InlineData(-1.0001)]
    [InlineData(-3)]
    public void Constructor_rejects_a_threshold_that_is_not_a_negative_fraction(double threshold) =>
        Should.Throw<ArgumentOutOfRangeException>(() => new CircuitBreakerGate((decimal)threshold));

    [Fact]
    public void Constructor_accepts_minus_100_percent() => new CircuitBreakerGate(-1m).Threshold.ShouldBe(-1m);

    [Fact]
    public void Evaluate_rejects_a_null_check() => Should.Throw<ArgumentNullException>(() => _gate.Evaluate(null!));

    private static readonly Gen<(decimal Start, decimal Equity)> StartAndEquity = Gen.Frequency(
        (3, from start in Gen.Choose(1, int.MaxValue)
            from equity in Gen.Choose(0, int.MaxValue)
            select (start / 100m, equity / 100m)),
        // Around the threshold: exactly −3% of a round start, and a cent either side.
        (2, from hundreds in Gen.Choose(1, 20_000_000)
            from cents in Gen.Choose(-2, 2)
            select (hundreds * 100m, hundreds * 97m + cents / 100m)));

    public static TheoryData<decimal> Thresholds => [-0.03m, -0.01m, -0.5m, -1m];

    [Theory]
    [MemberData(nameof(Thresholds))]
    public void For_any_start_and_equity_an_entry_is_denied_exactly_when_the_daily_pnl_is_at_or_below_the_threshold(decimal threshold)
    {
        var gate = new CircuitBreakerGate(threshold);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(2_000), Prop.ForAll(StartAndEquity.ToArbitrary(), pair =>
        {
            var atOrBelow = pair.Equity - pair.Start <= threshold * pair.Start;
            gate.Evaluate(Checks.Entry(equity: pair.Equity, dayStart: pair.Start)).IsApproved.ShouldBe(!atOrBelow, $"start {pair.Start}, equity {pair.Equity}");
            gate.Evaluate(Checks.Exit(equity: pair.Equity, dayStart: pair.Start)).IsApproved.ShouldBeTrue();
        }));
    }
}
