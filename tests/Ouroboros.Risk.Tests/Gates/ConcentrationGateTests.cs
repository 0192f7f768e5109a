using Ouroboros.Domain.Orders;
using Ouroboros.Risk.Gates;
using Ouroboros.Risk.Tests.Support;

namespace Ouroboros.Risk.Tests.Gates;

/// <summary>The concentration gate keeps any one position at or below 15% of equity after an entry.</summary>
public sealed class ConcentrationGateTests
{
    private readonly ConcentrationGate _gate = new(0.15m);

    [Fact]
    public void Gate_is_named_concentration() => _gate.Name.ShouldBe("concentration");

    [Fact]
    public void Concentration_denies_a_buy_that_takes_a_position_above_15_percent_of_equity()
    {
        // 10 at 1,500.001 = 15,000.01 against a limit of 15% of 100,000.
        var verdict = _gate.Evaluate(Checks.Entry(value: 15_000.01m, equity: 100_000m));

        verdict.IsApproved.ShouldBeFalse();
        verdict.IsDataMissing.ShouldBeFalse();
        verdict.Gate.ShouldBe("concentration");
        verdict.Reason.ShouldBe("position after the order would be worth 15000.01, above 15% of equity 100000 (limit 15000)");
        verdict.FigureValue("position_value_after").ShouldBe("15000.01");
        verdict.FigureValue("equity").ShouldBe("100000");
        verdict.FigureValue("limit").ShouldBe("15000");
        verdict.FigureValue("position_after").ShouldBe("10");
    }

    [Fact]
    public void Concentration_allows_a_position_of_exactly_15_percent_of_equity() =>
        _gate.Evaluate(Checks.Entry(value: 15_000m, equity: 100_000m)).IsApproved.ShouldBeTrue();

    [Fact]
    public void Concentration_counts_the_position_already_held_when_adding_to_it()
    {
        // Reference price 100: 140 + 10 = 150 shares = 15,000 is fine, 141 + 10 = 15,100 is not.
        _gate.Evaluate(Checks.Of(OrderSide.Buy, position: 140m, value: 1_000m)).IsApproved.ShouldBeTrue();
        _gate.Evaluate(Checks.Of(OrderSide.Buy, position: 141m, value: 1_000m)).IsApproved.ShouldBeFalse();
    }

    [Fact]
    public void Concentration_values_a_short_position_by_its_absolute_size() =>
        _gate.Evaluate(Checks.Of(OrderSide.Sell, position: 0m, value: 20_000m)).IsApproved.ShouldBeFalse();

    [Fact]
    public void Concentration_checks_the_new_side_of_an_order_that_reverses_through_zero()
    {
        // Long 5, sell 200 at 100: short 195 = 19,500 > 15,000.
        var verdict = _gate.Evaluate(Checks.Of(OrderSide.Sell, position: 5m, value: 20_000m, quantity: 200m));

        verdict.IsApproved.ShouldBeFalse();
        verdict.FigureValue("position_after").ShouldBe("-195");
    }

    [Fact]
    public void Concentration_allows_exits_however_large_the_position_and_whatever_is_unknown()
    {
        _gate.Evaluate(Checks.Exit(value: 1_000_000m)).IsApproved.ShouldBeTrue();
        _gate.Evaluate(Checks.Exit(value: null, equity: null)).IsApproved.ShouldBeTrue();
    }

    [Fact]
    public void Concentration_denies_with_data_missing_when_the_current_position_is_unknown()
    {
        var verdict = _gate.Evaluate(Checks.Of(OrderSide.Buy, position: null));

        verdict.IsDataMissing.ShouldBeTrue();
        verdict.Reason.ShouldBe("data missing: the current position is unknown, so the position after the order cannot be valued");
        verdict.FigureValue("position").ShouldBe("missing");
    }

    [Fact]
    public void Concentration_denies_with_data_missing_when_there_is_no_reference_price()
    {
        var verdict = _gate.Evaluate(Checks.Entry(value: null));

        verdict.Reason.ShouldBe("data missing: no reference price to value the position after the order");
        verdict.FigureValue("reference_price").ShouldBe("missing");
    }

    [Fact]
    public void Concentration_denies_with_data_missing_when_equity_is_unknown()
    {
        var verdict = _gate.Evaluate(Checks.Entry(value: 1m, equity: null));

        verdict.Reason.ShouldBe("data missing: equity is unknown");
        verdict.FigureValue("equity").ShouldBe("missing");
    }

    [Fact]
    public void Concentration_denies_every_entry_when_equity_is_zero_or_negative()
    {
        _gate.Evaluate(Checks.Entry(value: 0.01m, equity: 0m)).IsApproved.ShouldBeFalse();
        _gate.Evaluate(Checks.Entry(value: 0.01m, equity: -5_000m)).IsApproved.ShouldBeFalse();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-0.15)]
    [InlineData(1.01)]
    public void Constructor_rejects_a_fraction_outside_zero_to_one(double fraction)
    {
        var error = Should.Throw<ArgumentOutOfRangeException>(() => new ConcentrationGate((decimal)fraction));
        error.Message.ShouldContain("The concentration limit is a fraction of equity in (0, 1]");
    }

    [Fact]
    public void Constructor_accepts_the_whole_equity_as_limit() => new ConcentrationGate(1m).MaxPositionFraction.ShouldBe(1m);

    [Fact]
    public void Evaluate_rejects_a_null_check() => Should.Throw<ArgumentNullException>(() => _gate.Evaluate(null!));
}
