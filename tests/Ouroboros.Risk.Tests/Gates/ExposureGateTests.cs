using Ouroboros.Domain.Orders;
using Ouroboros.Risk.Engine;
using Ouroboros.Risk.Gates;
using Ouroboros.Risk.Tests.Support;

namespace Ouroboros.Risk.Tests.Gates;

/// <summary>The exposure gate keeps gross exposure (sum of absolute position values) at or below 80% of equity.</summary>
public sealed class ExposureGateTests
{
    private readonly ExposureGate _gate = new(0.80m);

    /// <summary>A buy of 10 SPY worth <paramref name="value"/> when flat, next to the given holdings, equity 100,000.</summary>
    private static RiskCheck BuyNextTo(decimal value, params PositionExposure[] holdings) =>
        Checks.Of(OrderSide.Buy, position: 0m, value: value, positions: holdings);

    [Fact]
    public void Gate_is_named_exposure() => _gate.Name.ShouldBe("exposure");

    [Fact]
    public void Exposure_denies_an_entry_that_takes_gross_exposure_above_80_percent_of_equity()
    {
        var verdict = _gate.Evaluate(BuyNextTo(10_000.01m, GateFixtures.Holding(GateFixtures.Qqq, 100m, 700m)));

        verdict.IsApproved.ShouldBeFalse();
        verdict.IsDataMissing.ShouldBeFalse();
        verdict.Gate.ShouldBe("exposure");
        verdict.Reason.ShouldBe("gross exposure after the order would be 80000.01 (now 70000), above 80% of equity 100000 (limit 80000)");
        verdict.FigureValue("gross_exposure").ShouldBe("70000");
        verdict.FigureValue("instrument_value_now").ShouldBe("0");
        verdict.FigureValue("position_value_after").ShouldBe("10000.01");
        verdict.FigureValue("gross_exposure_after").ShouldBe("80000.01");
        verdict.FigureValue("limit").ShouldBe("80000");
    }

    [Fact]
    public void Exposure_allows_an_entry_that_takes_gross_exposure_to_exactly_80_percent() =>
        _gate.Evaluate(BuyNextTo(10_000m, GateFixtures.Holding(GateFixtures.Qqq, 100m, 700m))).IsApproved.ShouldBeTrue();

    [Fact]
    public void Exposure_counts_only_the_increase_when_adding_to_a_held_instrument()
    {
        // Holding 100 SPY at 100 (10,000) and 60,000 of QQQ; buying 10 more makes SPY 11,000: 71,000 in all, not 81,000.
        var check = Checks.Of(OrderSide.Buy, position: 100m, value: 1_000m,
            positions: [GateFixtures.Holding(Checks.Spy, 100m, 100m), GateFixtures.Holding(GateFixtures.Qqq, 600m, 100m)]);

        _gate.Evaluate(check).IsApproved.ShouldBeTrue();
    }

    [Fact]
    public void Exposure_counts_only_the_new_side_of_an_order_that_reverses_a_position()
    {
        // Long 100 SPY at 100, sell 900: short 800 = 80,000 replaces the 10,000 long, next to 1 of QQQ.
        var positions = new[] { GateFixtures.Holding(Checks.Spy, 100m, 100m), GateFixtures.Holding(GateFixtures.Qqq, 1m, 100m) };

        _gate.Evaluate(Checks.Of(OrderSide.Sell, position: 100m, value: 90_000m, quantity: 900m, positions: positions)).IsApproved.ShouldBeFalse();
        _gate.Evaluate(Checks.Of(OrderSide.Sell, position: 100m, value: 89_900m, quantity: 899m, positions: positions)).IsApproved.ShouldBeTrue();
    }

    [Fact]
    public void Exposure_treats_an_instrument_that_is_not_held_as_a_known_zero() =>
        _gate.Evaluate(BuyNextTo(80_000m)).IsApproved.ShouldBeTrue();

    [Fact]
    public void Exposure_allows_exits_even_when_nothing_is_known()
    {
        _gate.Evaluate(Checks.Exit(value: 1_000_000m)).IsApproved.ShouldBeTrue();
        _gate.Evaluate(Checks.Exit(value: null, equity: null) with { Account = new AccountSnapshot(null, null, null, null, null) }).IsApproved.ShouldBeTrue();
    }

    [Fact]
    public void Exposure_denies_with_data_missing_when_the_positions_are_unknown()
    {
        var check = BuyNextTo(1m) with { Account = Checks.Entry().Account with { Positions = null } };

        var verdict = _gate.Evaluate(check);

        verdict.IsDataMissing.ShouldBeTrue();
        verdict.Reason.ShouldBe("data missing: the open positions are unknown");
        verdict.FigureValue("gross_exposure").ShouldBe("missing");
    }

    [Fact]
    public void Exposure_denies_with_data_missing_naming_a_position_without_a_price()
    {
        var verdict = _gate.Evaluate(BuyNextTo(1m, GateFixtures.Holding(GateFixtures.Qqq, 1m, 10m), GateFixtures.Holding(GateFixtures.Samsung, 5m, null)));

        verdict.Reason.ShouldBe("data missing: no price for the open position in KRX:005930, so gross exposure cannot be valued");
        verdict.FigureValue("unpriced_position").ShouldBe("KRX:005930");
    }

    [Fact]
    public void Exposure_denies_with_data_missing_when_the_held_instrument_itself_is_unpriced() =>
        _gate.Evaluate(Checks.Of(OrderSide.Buy, position: 10m, value: 1m, positions: [GateFixtures.Holding(Checks.Spy, 10m, null)]))
            .Reason.ShouldBe("data missing: no price for the open position in US:SPY, so gross exposure cannot be valued");

    [Fact]
    public void Exposure_denies_with_data_missing_when_the_current_position_is_unknown() =>
        _gate.Evaluate(Checks.Of(OrderSide.Buy, position: null, positions: []))
            .Reason.ShouldBe("data missing: the current position is unknown, so the position after the order cannot be valued");

    [Fact]
    public void Exposure_denies_with_data_missing_when_there_is_no_reference_price() =>
        _gate.Evaluate(Checks.Entry(value: null)).Reason.ShouldBe("data missing: no reference price to value the position after the order");

    [Fact]
    public void Exposure_denies_with_data_missing_when_equity_is_unknown()
    {
        var verdict = _gate.Evaluate(Checks.Entry(value: 1m, equity: null));

        verdict.Reason.ShouldBe("data missing: equity is unknown");
        verdict.FigureValue("equity").ShouldBe("missing");
        verdict.FigureValue("gross_exposure").ShouldBe("0");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-0.8)]
    [InlineData(1.5)]
    public void Constructor_rejects_a_fraction_outside_zero_to_one(double fraction)
    {
        var error = Should.Throw<ArgumentOutOfRangeException>(() => new ExposureGate((decimal)fraction));
        error.Message.ShouldContain("The exposure limit is a fraction of equity in (0, 1]");
    }

    [Fact]
    public void Constructor_accepts_the_whole_equity_as_limit() => new ExposureGate(1m).MaxExposureFraction.ShouldBe(1m);

    [Fact]
    public void Evaluate_rejects_a_null_check() => Should.Throw<ArgumentNullException>(() => _gate.Evaluate(null!));
}
