using Ouroboros.Domain.Orders;
using Ouroboros.Risk.Engine;
using Ouroboros.Risk.Gates;
using Ouroboros.Risk.Tests.Support;
using static Ouroboros.Risk.Tests.Support.HistoryFixtures;

namespace Ouroboros.Risk.Tests.Gates;

/// <summary>
/// Historical 95% one-day VaR of the portfolio after an entry, at most 5% of equity (100,000 → 5,000). Orders buy at
/// 100, so a buy of 500 from flat is a 50,000 position and a −10% day loses 5,000.
/// </summary>
public sealed class VarGateTests
{
    private readonly VarGate _gate = new(0.05m, 20);

    /// <summary>Twenty days: the worst −10%, the second worst −8% (so the nearest-rank 5th percentile is −10%).</summary>
    private static readonly decimal[] TwentyDays = Returns(20, (3, -0.10m), (11, -0.08m), (15, 0.04m));

    private static RiskCheck Buy(RiskHistory history, decimal quantity = 500m, decimal? position = 0m, IReadOnlyList<PositionExposure>? positions = null) =>
        Checks.Of(OrderSide.Buy, position, value: quantity * 100m, quantity: quantity, history: history, positions: positions);

    private static RiskHistory SpyReturns(params decimal[] returns) => new RiskHistory().WithReturns(Checks.Spy.Id, returns);

    private static string? VarOf(RiskVerdict verdict) => verdict.Figures.SingleOrDefault(f => f.Name == "var").Value;

    [Fact]
    public void Gate_is_named_var()
    {
        _gate.Name.ShouldBe("var");
        _gate.LimitFraction.ShouldBe(0.05m);
        _gate.MinObservations.ShouldBe(20);
    }

    [Theory]
    [InlineData(10, 1)]
    [InlineData(20, 1)]
    [InlineData(21, 2)]
    [InlineData(40, 2)]
    [InlineData(41, 3)]
    [InlineData(100, 5)]
    [InlineData(250, 13)]
    public void Percentile_is_the_nearest_rank_k_equal_to_the_ceiling_of_5_percent_of_the_observations(int observations, int rank) =>
        VarGate.PercentileRank(observations).ShouldBe(rank);

    [Fact]
    public void Gate_allows_an_entry_whose_var_is_exactly_the_limit() =>
        _gate.Evaluate(Buy(SpyReturns(TwentyDays))).IsApproved.ShouldBeTrue();

    [Fact]
    public void Gate_denies_an_entry_whose_var_exceeds_the_limit_and_states_the_figures()
    {
        var verdict = _gate.Evaluate(Buy(SpyReturns(TwentyDays), quantity: 501m));

        verdict.IsApproved.ShouldBeFalse();
        verdict.IsDataMissing.ShouldBeFalse();
        verdict.Gate.ShouldBe("var");
        verdict.Reason.ShouldBe("95% one-day VaR after the order 5010 exceeds 5% of equity 100000 (limit 5000), simulated over the last 20 days of the 1 instrument held after it");
        verdict.Figures.ShouldBe([RiskFigure.Of("var", 5010m), RiskFigure.Of("limit", 5000m), RiskFigure.Of("equity", 100_000m), RiskFigure.Of("limit_fraction", 0.05m),
            RiskFigure.Of("observations", 20), RiskFigure.Of("positions", 1), RiskFigure.Of("position_after", 501m), RiskFigure.Of("reference_price", 100m)]);
    }

    [Fact]
    public void Var_of_40_days_is_the_second_worst_scenario_loss_computed_by_hand()
    {
        // Losses of 10%, 8% and 3% and a gain of 5%: k = ⌈0.05 × 40⌉ = 2, so VaR = 8% of 50,000 = 4,000.
        var history = SpyReturns(Returns(40, (5, -0.10m), (17, -0.08m), (30, -0.03m), (33, 0.05m)));

        new VarGate(0.04m, 20).Evaluate(Buy(history)).IsApproved.ShouldBeTrue();
        VarOf(new VarGate(0.0399m, 20).Evaluate(Buy(history))).ShouldBe("4000");
    }

    [Fact]
    public void Var_of_100_days_is_the_fifth_worst_scenario_loss()
    {
        var history = SpyReturns(Returns(100, (1, -0.10m), (20, -0.09m), (40, -0.08m), (60, -0.07m), (80, -0.06m), (99, -0.05m)));
        VarOf(new VarGate(0.01m, 20).Evaluate(Buy(history))).ShouldBe("3000");
    }

    [Fact]
    public void Gate_uses_only_the_latest_days_that_every_held_instrument_has()
    {
        // SPY's −50% day is older than anything QQQ has, so it is outside the common window of 40 days.
        var spy = Returns(60, (0, -0.50m), (25, -0.10m), (37, -0.08m));
        var history = new RiskHistory().WithReturns(Checks.Spy.Id, spy).WithReturns(Qqq.Id, Returns(40));
        var verdict = new VarGate(0.0399m, 20).Evaluate(Buy(history, positions: [new PositionExposure(Qqq.Id, 100m, 100m)]));

        VarOf(verdict).ShouldBe("4000");
        verdict.Figures.ShouldContain(RiskFigure.Of("observations", 40));
        verdict.Figures.ShouldContain(RiskFigure.Of("positions", 2));
    }

    [Fact]
    public void Gate_uses_the_real_co_movement_so_a_hedged_entry_carries_no_var()
    {
        var history = new RiskHistory().WithReturns(Checks.Spy.Id, TwentyDays).WithReturns(Qqq.Id, TwentyDays);
        var tight = new VarGate(0.0001m, 20);

        tight.Evaluate(Buy(history, positions: [new PositionExposure(Qqq.Id, -500m, 100m)])).IsApproved.ShouldBeTrue();
        VarOf(tight.Evaluate(Buy(history, positions: [new PositionExposure(Qqq.Id, 500m, 100m)]))).ShouldBe("10000");
    }

    [Fact]
    public void Gate_values_the_instrument_at_its_position_after_the_order_and_the_reference_price()
    {
        // Already long 100 at a stale 90; buying 400 more at 100 makes 500 × 100 = 50,000, a 5,000 VaR on a −10% day.
        var verdict = new VarGate(0.04m, 20).Evaluate(Buy(SpyReturns(TwentyDays), quantity: 400m, position: 100m,
            positions: [new PositionExposure(Checks.Spy.Id, 100m, 90m)]));

        VarOf(verdict).ShouldBe("5000");
    }

    [Fact]
    public void Gate_counts_the_rising_days_as_the_losses_of_a_short_entry()
    {
        var history = SpyReturns(Returns(20, (2, 0.10m), (9, -0.20m)));
        var shortEntry = Checks.Of(OrderSide.Sell, position: 0m, value: 50_000m, quantity: 500m, history: history);

        VarOf(new VarGate(0.04m, 20).Evaluate(shortEntry)).ShouldBe("5000");
    }

    [Fact]
    public void Gate_values_an_order_that_reverses_a_position_by_the_position_on_the_other_side()
    {
        var history = SpyReturns(Returns(20, (2, 0.10m), (9, -0.20m)));
        var reversal = Checks.Of(OrderSide.Sell, position: 100m, value: 60_000m, quantity: 600m, history: history);

        VarOf(new VarGate(0.04m, 20).Evaluate(reversal)).ShouldBe("5000");
    }

    [Fact]
    public void Gate_allows_an_entry_whose_worst_days_are_all_gains() =>
        new VarGate(0.0001m, 20).Evaluate(Buy(SpyReturns(Enumerable.Repeat(0.01m, 20).ToArray()))).IsApproved.ShouldBeTrue();

    [Fact]
    public void Gate_ignores_flat_positions_in_the_account() =>
        _gate.Evaluate(Buy(SpyReturns(TwentyDays), positions: [new PositionExposure(Qqq.Id, 0m, null)])).IsApproved.ShouldBeTrue();

    [Fact]
    public void Gate_does_not_need_the_stale_price_of_the_instrument_being_traded() =>
        _gate.Evaluate(Buy(SpyReturns(TwentyDays), quantity: 400m, position: 100m, positions: [new PositionExposure(Checks.Spy.Id, 100m, null)])).IsApproved.ShouldBeTrue();

    [Fact]
    public void Gate_allows_exits_even_when_every_figure_is_unknown() =>
        _gate.Evaluate(Checks.Exit(value: null, equity: null) with { Account = new AccountSnapshot(null, null, null, null, null) }).IsApproved.ShouldBeTrue();

    [Fact]
    public void Gate_denies_with_data_missing_when_equity_is_unknown() =>
        _gate.Evaluate(Buy(SpyReturns(TwentyDays)) with { Account = Checks.Entry(equity: null).Account }).Reason.ShouldBe("data missing: equity is unknown");

    [Fact]
    public void Gate_denies_with_data_missing_when_the_positions_are_unknown()
    {
        var check = Buy(SpyReturns(TwentyDays));
        _gate.Evaluate(check with { Account = check.Account with { Positions = null } }).Reason.ShouldBe("data missing: the account's positions are unknown");
    }

    [Fact]
    public void Gate_denies_with_data_missing_when_another_position_has_no_price()
    {
        var history = new RiskHistory().WithReturns(Checks.Spy.Id, TwentyDays).WithReturns(Qqq.Id, TwentyDays);
        var verdict = _gate.Evaluate(Buy(history, positions: [new PositionExposure(Qqq.Id, 10m, null)]));

        verdict.IsDataMissing.ShouldBeTrue();
        verdict.Reason.ShouldBe("data missing: no price for the position in US:QQQ");
    }

    [Fact]
    public void Gate_denies_with_data_missing_when_the_position_in_the_instrument_is_unknown() =>
        _gate.Evaluate(Buy(SpyReturns(TwentyDays), position: null)).Reason.ShouldBe("data missing: the position in US:SPY is unknown");

    [Fact]
    public void Gate_denies_with_data_missing_when_there_is_no_reference_price() =>
        _gate.Evaluate(Buy(SpyReturns(TwentyDays)) with { ReferencePrice = null }).Reason.ShouldBe("data missing: no reference price for US:SPY");

    [Fact]
    public void Gate_denies_with_data_missing_naming_the_instrument_and_how_many_returns_it_has()
    {
        var verdict = _gate.Evaluate(Buy(SpyReturns(Returns(19))));

        verdict.Reason.ShouldBe("data missing: US:SPY has 19 daily returns and the VaR needs at least 20");
        verdict.Figures.ShouldBe([new RiskFigure("instrument", "US:SPY"), RiskFigure.Of("observations", 19), RiskFigure.Of("min_observations", 20)]);
    }

    [Fact]
    public void Gate_denies_with_data_missing_when_a_held_instrument_has_no_returns_at_all() =>
        _gate.Evaluate(Buy(SpyReturns(TwentyDays), positions: [new PositionExposure(Tlt.Id, 10m, 90m)]))
            .Reason.ShouldBe("data missing: US:TLT has 0 daily returns and the VaR needs at least 20");

    [Fact]
    public void Evaluating_an_approved_entry_allocates_nothing_once_warm()
    {
        var history = new RiskHistory().WithReturns(Checks.Spy.Id, Returns(250, (3, -0.01m))).WithReturns(Qqq.Id, Returns(250, (7, -0.02m)));
        var check = Buy(history, positions: [new PositionExposure(Qqq.Id, 100m, 100m)]);
        for (var i = 0; i < 3; i++) _gate.Evaluate(check).IsApproved.ShouldBeTrue();

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 10; i++) _gate.Evaluate(check);
        (GC.GetAllocatedBytesForCurrentThread() - before).ShouldBe(0);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    public void Constructor_rejects_a_limit_outside_zero_to_one(double fraction) =>
        Should.Throw<ArgumentOutOfRangeException>(() => new VarGate((decimal)fraction, 20));

    [Fact]
    public void Constructor_rejects_fewer_than_ten_observations() => Should.Throw<ArgumentOutOfRangeException>(() => new VarGate(0.05m, 9));

    [Fact]
    public void Constructor_accepts_ten_observations_and_the_whole_equity() => new VarGate(1m, 10).MinObservations.ShouldBe(10);

    [Fact]
    public void Evaluate_rejects_a_null_check() => Should.Throw<ArgumentNullException>(() => _gate.Evaluate(null!));
}
