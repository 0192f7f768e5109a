using Ouroboros.Domain.Orders;
using Ouroboros.Risk.Gates;
using Ouroboros.Risk.Tests.Support;

namespace Ouroboros.Risk.Tests.Gates;

/// <summary>The NAV floor stops new buys while equity is below 80% of the initial equity (100,000 in these checks).</summary>
public sealed class NavFloorGateTests
{
    private readonly NavFloorGate _gate = new(0.80m);

    [Fact]
    public void Gate_is_named_nav_floor() => _gate.Name.ShouldBe("nav_floor");

    [Fact]
    public void Nav_floor_denies_a_buy_when_equity_is_below_80_percent_of_the_initial_equity()
    {
        var verdict = _gate.Evaluate(Checks.Entry(equity: 79_999.99m));

        verdict.IsApproved.ShouldBeFalse();
        verdict.IsDataMissing.ShouldBeFalse();
        verdict.Gate.ShouldBe("nav_floor");
        verdict.Reason.ShouldBe("equity 79999.99 is below the NAV floor 80000 (80% of initial equity 100000): no new buys");
        verdict.FigureValue("equity").ShouldBe("79999.99");
        verdict.FigureValue("initial_equity").ShouldBe("100000");
        verdict.FigureValue("floor").ShouldBe("80000");
    }

    [Fact]
    public void Nav_floor_allows_a_buy_at_exactly_the_floor() => _gate.Evaluate(Checks.Entry(equity: 80_000m)).IsApproved.ShouldBeTrue();

    [Fact]
    public void Nav_floor_allows_a_buy_above_the_floor() => _gate.Evaluate(Checks.Entry(equity: 120_000m)).IsApproved.ShouldBeTrue();

    [Fact]
    public void Nav_floor_allows_sells_below_the_floor_including_short_entries()
    {
        _gate.Evaluate(Checks.Exit(equity: 10_000m)).IsApproved.ShouldBeTrue();
        _gate.Evaluate(Checks.Of(OrderSide.Sell, position: 0m, equity: 10_000m)).IsApproved.ShouldBeTrue();
    }

    [Fact]
    public void Nav_floor_allows_a_buy_that_covers_a_short_below_the_floor() =>
        _gate.Evaluate(Checks.Of(OrderSide.Buy, position: -100m, equity: 10_000m)).IsApproved.ShouldBeTrue();

    [Fact]
    public void Nav_floor_denies_with_data_missing_when_equity_is_unknown()
    {
        var verdict = _gate.Evaluate(Checks.Entry(equity: null));

        verdict.IsDataMissing.ShouldBeTrue();
        verdict.Reason.ShouldBe("data missing: equity is unknown");
        verdict.FigureValue("equity").ShouldBe("missing");
    }

    [Fact]
    public void Nav_floor_denies_with_data_missing_when_the_initial_equity_is_unknown()
    {
        var verdict = _gate.Evaluate(Checks.Entry().WithEquity(100_000m, initialEquity: null));

        verdict.IsDataMissing.ShouldBeTrue();
        verdict.Reason.ShouldBe("data missing: initial equity is unknown");
        verdict.FigureValue("initial_equity").ShouldBe("missing");
    }

    [Fact]
    public void Nav_floor_allows_sells_even_when_equity_is_unknown() =>
        _gate.Evaluate(Checks.Exit(equity: null)).IsApproved.ShouldBeTrue();

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    public void Constructor_rejects_a_floor_outside_zero_to_one(double floor)
    {
        var error = Should.Throw<ArgumentOutOfRangeException>(() => new NavFloorGate((decimal)floor));
        error.Message.ShouldContain("The NAV floor is a fraction of the initial equity in [0, 1]");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Constructor_accepts_the_ends_of_the_range(double floor) => new NavFloorGate((decimal)floor).FloorFraction.ShouldBe((decimal)floor);

    [Fact]
    public void A_floor_of_zero_still_needs_to_know_the_equity() =>
        new NavFloorGate(0m).Evaluate(Checks.Entry(equity: null)).IsDataMissing.ShouldBeTrue();

    [Fact]
    public void Evaluate_rejects_a_null_check() => Should.Throw<ArgumentNullException>(() => _gate.Evaluate(null!));
}
