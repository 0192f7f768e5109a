using Ouroboros.Domain.Orders;
using Ouroboros.Risk.Engine;
using Ouroboros.Risk.Gates;
using Ouroboros.Risk.Tests.Support;
using static Ouroboros.Risk.Tests.Support.HistoryFixtures;

namespace Ouroboros.Risk.Tests.Gates;

/// <summary>
/// A strategy may put at most 2% of equity (100,000 → 2,000) at risk: position value times stop distance, summed
/// over its positions and the new order, with a 2% stop where none is known. The test strategy is "test".
/// </summary>
public sealed class StrategyRiskBudgetGateTests
{
    private readonly StrategyRiskBudgetGate _gate = new(0.02m, 0.02m);

    /// <summary>A buy of <paramref name="quantity"/> at 100 from flat.</summary>
    private static RiskCheck Buy(decimal quantity, RiskHistory? history = null, IReadOnlyList<PositionExposure>? positions = null) =>
        Checks.Of(OrderSide.Buy, 0m, value: quantity * 100m, quantity: quantity, history: history, positions: positions);

    /// <summary>The test strategy holds 100 QQQ at 200 with a recorded stop distance of 10 (risk 1,000).</summary>
    private static RiskHistory QqqHeldBy(string strategy, decimal? stopDistance = 10m)
    {
        var history = new RiskHistory();
        history.RecordEntry(Qqq.Id, new(strategy), stopDistance);
        return history;
    }

    private static readonly PositionExposure QqqPosition = new(Qqq.Id, 100m, 200m);

    private static string? FigureOf(RiskVerdict verdict, string name) => verdict.Figures.SingleOrDefault(f => f.Name == name).Value;

    [Fact]
    public void Gate_is_named_strategy_risk_budget()
    {
        _gate.Name.ShouldBe("strategy_risk_budget");
        _gate.BudgetFraction.ShouldBe(0.02m);
        _gate.DefaultStopFraction.ShouldBe(0.02m);
    }

    [Fact]
    public void Gate_allows_a_small_entry() => _gate.Evaluate(Checks.Entry()).IsApproved.ShouldBeTrue();

    [Fact]
    public void Gate_allows_an_entry_whose_risk_is_exactly_the_budget() => _gate.Evaluate(Buy(1_000m)).IsApproved.ShouldBeTrue();

    [Fact]
    public void Gate_denies_an_entry_whose_risk_exceeds_the_budget_and_states_the_figures()
    {
        var verdict = _gate.Evaluate(Buy(1_500m));

        verdict.IsApproved.ShouldBeFalse();
        verdict.IsDataMissing.ShouldBeFalse();
        verdict.Gate.ShouldBe("strategy_risk_budget");
        verdict.Reason.ShouldBe("risk of strategy test after the order 3000 (open positions 0 + this order 3000: value 150000 at a 2% stop) exceeds its budget of 2% of equity 100000 (2000)");
        verdict.Figures.ShouldBe([new RiskFigure("strategy", "test"), RiskFigure.Of("strategy_risk", 3000m), RiskFigure.Of("positions_risk", 0m), RiskFigure.Of("order_risk", 3000m),
            RiskFigure.Of("order_value", 150_000m), RiskFigure.Of("order_stop_fraction", 0.02m), RiskFigure.Of("equity", 100_000m), RiskFigure.Of("limit", 2000m)]);
    }

    [Fact]
    public void Gate_denies_an_entry_a_hair_over_the_budget() =>
        _gate.Evaluate(Buy(1_000m) with { EstimatedValue = 100_000.01m }).IsApproved.ShouldBeFalse();

    [Fact]
    public void Gate_measures_the_order_by_the_intent_stop_when_one_is_given()
    {
        // 400 at 100 = 40,000; a stop at 95 risks 5% = 2,000, exactly the budget; at 94.99 a little more.
        _gate.Evaluate(Buy(400m) with { StopLossPrice = 95m }).IsApproved.ShouldBeTrue();
        var verdict = _gate.Evaluate(Buy(400m) with { StopLossPrice = 94.99m });

        verdict.IsApproved.ShouldBeFalse();
        FigureOf(verdict, "order_stop_fraction").ShouldBe("0.0501");
        FigureOf(verdict, "order_risk").ShouldBe("2004");
    }

    [Fact]
    public void Gate_measures_a_short_entry_by_its_stop_above_the_price()
    {
        var shortEntry = Checks.Of(OrderSide.Sell, 0m, value: 40_000m, quantity: 400m) with { StopLossPrice = 105m };
        _gate.Evaluate(shortEntry).IsApproved.ShouldBeTrue();
        _gate.Evaluate(shortEntry with { StopLossPrice = 105.01m }).IsApproved.ShouldBeFalse();
    }

    [Fact]
    public void Gate_adds_the_risk_of_the_strategys_open_positions_at_their_recorded_stop_distance()
    {
        // QQQ: 100 × 10 = 1,000. Order: 50,000 × 2% = 1,000. Together exactly the budget; one more share breaks it.
        _gate.Evaluate(Buy(500m, QqqHeldBy("test"), [QqqPosition])).IsApproved.ShouldBeTrue();
        var verdict = _gate.Evaluate(Buy(501m, QqqHeldBy("test"), [QqqPosition]));

        verdict.IsApproved.ShouldBeFalse();
        FigureOf(verdict, "positions_risk").ShouldBe("1000");
        FigureOf(verdict, "strategy_risk").ShouldBe("2002");
    }

    [Fact]
    public void Gate_does_not_need_the_price_of_a_position_whose_stop_distance_is_recorded() =>
        FigureOf(_gate.Evaluate(Buy(600m, QqqHeldBy("test"), [new PositionExposure(Qqq.Id, 100m, null)])), "positions_risk").ShouldBe("1000");

    [Fact]
    public void Gate_uses_the_default_stop_for_a_position_without_a_recorded_stop_distance() =>
        // 100 × 200 = 20,000 at 2% = 400.
        FigureOf(_gate.Evaluate(Buy(900m, QqqHeldBy("test", stopDistance: null), [QqqPosition])), "positions_risk").ShouldBe("400");

    [Fact]
    public void Gate_ignores_positions_held_by_other_strategies() =>
        _gate.Evaluate(Buy(1_000m, QqqHeldBy("other"), [new PositionExposure(Qqq.Id, 1_000_000m, null)])).IsApproved.ShouldBeTrue();

    [Fact]
    public void Gate_ignores_positions_with_no_known_holder() =>
        _gate.Evaluate(Buy(1_000m, new RiskHistory(), [new PositionExposure(Qqq.Id, 1_000_000m, 200m)])).IsApproved.ShouldBeTrue();

    [Fact]
    public void Gate_charges_another_strategys_order_only_for_its_own_positions()
    {
        var other = Buy(600m, QqqHeldBy("test"), [QqqPosition]) with
        {
            Order = OrderRequest.Market(new("O-000002"), Checks.Spy.Id, OrderSide.Buy, 600m, Checks.T0, OtherStrategy),
        };
        var verdict = new StrategyRiskBudgetGate(0.01m, 0.02m).Evaluate(other);

        verdict.IsApproved.ShouldBeFalse();
        FigureOf(verdict, "strategy").ShouldBe("other");
        FigureOf(verdict, "positions_risk").ShouldBe("0");
    }

    [Fact]
    public void Gate_charges_an_addition_on_top_of_the_strategys_position_in_the_same_instrument()
    {
        var history = new RiskHistory();
        history.RecordEntry(Checks.Spy.Id, TestStrategy, 2m);
        // Held 100 × 2 = 200; the order adds 1,000 × 2% = 20.
        var verdict = new StrategyRiskBudgetGate(0.002m, 0.02m).Evaluate(Checks.Of(OrderSide.Buy, 100m, value: 1_000m, history: history));

        FigureOf(verdict, "strategy_risk").ShouldBe("220");
    }

    [Fact]
    public void Gate_allows_exits_even_when_every_figure_is_unknown() =>
        _gate.Evaluate(Checks.Exit(value: null) with { Account = new AccountSnapshot(null, null, null, null, null) }).IsApproved.ShouldBeTrue();

    [Fact]
    public void Gate_denies_with_data_missing_when_equity_is_unknown() =>
        _gate.Evaluate(Checks.Entry(equity: null)).Reason.ShouldBe("data missing: equity is unknown");

    [Fact]
    public void Gate_denies_with_data_missing_when_the_positions_are_unknown()
    {
        var check = Checks.Entry();
        _gate.Evaluate(check with { Account = check.Account with { Positions = null } }).Reason.ShouldBe("data missing: the account's positions are unknown");
    }

    [Fact]
    public void Gate_denies_with_data_missing_when_the_order_cannot_be_valued() =>
        _gate.Evaluate(Checks.Entry(value: null)).Reason.ShouldBe("data missing: no price to value the order");

    [Fact]
    public void Gate_denies_with_data_missing_when_a_stop_is_given_but_there_is_no_reference_price()
    {
        var verdict = _gate.Evaluate(Checks.Entry() with { ReferencePrice = null, StopLossPrice = 95m });

        verdict.Reason.ShouldBe("data missing: no reference price to measure the order's stop distance against");
        FigureOf(verdict, "reference_price").ShouldBe("missing");
    }

    [Fact]
    public void Gate_denies_with_data_missing_when_a_held_position_has_neither_a_stop_distance_nor_a_price() =>
        _gate.Evaluate(Buy(10m, QqqHeldBy("test", stopDistance: null), [new PositionExposure(Qqq.Id, 100m, null)]))
            .Reason.ShouldBe("data missing: no price for test's position in US:QQQ, which has no recorded stop distance");

    [Theory]
    [InlineData(0)]
    [InlineData(-0.02)]
    [InlineData(1.01)]
    public void Constructor_rejects_a_budget_outside_zero_to_one(double budget) =>
        Should.Throw<ArgumentOutOfRangeException>(() => new StrategyRiskBudgetGate((decimal)budget, 0.02m));

    [Theory]
    [InlineData(0)]
    [InlineData(-0.02)]
    [InlineData(1)]
    public void Constructor_rejects_a_default_stop_that_is_not_a_positive_fraction_below_one(double stop) =>
        Should.Throw<ArgumentOutOfRangeException>(() => new StrategyRiskBudgetGate(0.02m, (decimal)stop));

    [Fact]
    public void Evaluate_rejects_a_null_check() => Should.Throw<ArgumentNullException>(() => _gate.Evaluate(null!));
}
