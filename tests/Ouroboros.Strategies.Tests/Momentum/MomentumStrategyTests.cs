using Ouroboros.Domain.Venues;
using Ouroboros.Brokers.Simulated;
using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Instruments;
using Ouroboros.Domain.Intents;
using Ouroboros.Domain.Orders;
using Ouroboros.Strategies.Tests.Support;
using Ouroboros.TestKit;

namespace Ouroboros.Strategies.Tests.Momentum;

public sealed class MomentumStrategyTests
{
    [Fact]
    public async Task Rebalances_only_on_the_first_time_slice_of_each_new_month()
    {
        var universe = MomentumScenarios.RandomUniverse(4, 200, seed: 7);
        var strategy = new MomentumStrategy(MomentumScenarios.Small());
        var result = await Backtests.Run(strategy, universe);

        var monthStarts = MomentumScenarios.MonthStarts(universe[0].Bars.ToArray().Select(b => b.Time));
        strategy.Rebalances.Select(r => r.Time).ShouldBe(monthStarts);
        var allowed = monthStarts.Concat(monthStarts.Select(m => m.AddDays(1))).ToHashSet();
        result.Orders.ShouldNotBeEmpty();
        result.Orders.ShouldAllBe(o => allowed.Contains(o.Request.CreatedAt));
    }

    [Fact]
    public async Task Ranks_by_momentum_from_lookback_bars_ago_to_skip_bars_ago()
    {
        var universe = MomentumScenarios.RandomUniverse(5, 250, seed: 11);
        var settings = MomentumScenarios.Small(top: 2, absoluteFilter: true);
        var strategy = new MomentumStrategy(settings);
        await Backtests.Run(strategy, universe);

        strategy.Rebalances.Count.ShouldBeGreaterThan(6);
        foreach (var rebalance in strategy.Rebalances)
        {
            var expected = universe
                .Select(s => (Id: s.Instrument.Id, Score: MomentumScenarios.Score(s, rebalance.Time, settings.Lookback, settings.Skip)))
                .Where(x => x.Score is not null)
                .OrderByDescending(x => x.Score!.Value)
                .ToList();
            rebalance.Ranking.Select(r => r.Instrument).ShouldBe(expected.Select(e => e.Id), $"ranking at {rebalance.Time:d}");
            for (var k = 0; k < expected.Count; k++)
                rebalance.Ranking[k].Score.ShouldBe(expected[k].Score!.Value, 1e-9);
            var eligible = expected.Take(settings.Top).Where(e => e.Score > 0).Select(e => e.Id).ToHashSet();
            rebalance.Targets.Select(t => t.Instrument).Concat(rebalance.Skipped.Select(s => s.Instrument)).ToHashSet().SetEquals(eligible)
                .ShouldBeTrue($"picks at {rebalance.Time:d}");
        }
    }

    [Fact]
    public async Task Leaves_out_the_most_recent_skip_bars_so_a_last_minute_jump_does_not_win()
    {
        // Rebalance on 2020-02-01 = index 31; the score spans index 11 → 26.
        var steady = Enumerable.Range(0, 60).Select(i => i <= 26 ? 100m + (50m * i / 26) : 150m - (6m * (i - 26))).ToArray();
        var jump = Enumerable.Range(0, 60).Select(i => i <= 26 ? 100m : 200m).ToArray();
        var universe = new[] { BarBuilder.Series("STEADY", steady), BarBuilder.Series("JUMP", jump) };
        var strategy = new MomentumStrategy(MomentumScenarios.Small(top: 1));
        await Backtests.Run(strategy, universe);

        var first = strategy.Rebalances[0];
        first.Time.ShouldBe(BarBuilder.Day(31));
        first.Ranking[0].Instrument.ShouldBe(universe[0].Instrument.Id);
        first.Targets.ShouldHaveSingleItem().Instrument.ShouldBe(universe[0].Instrument.Id);
    }

    [Fact]
    public async Task Never_holds_more_than_the_top_N_instruments()
    {
        var universe = MomentumScenarios.RandomUniverse(6, 500, seed: 3);
        var result = await Backtests.Run(new MomentumStrategy(MomentumScenarios.Small(top: 2, absoluteFilter: false)), universe);

        var held = Backtests.PositionsOverTime(result).Select(p => p.Positions.Count(x => x.Value != 0)).ToList();
        held.ShouldNotBeEmpty();
        held.Max().ShouldBe(2);
        Backtests.PositionsOverTime(result).SelectMany(p => p.Positions.Values).ShouldAllBe(q => q >= 0);
    }

    [Fact]
    public async Task Does_not_rank_an_instrument_without_enough_history_and_never_scores_it_as_zero()
    {
        // Every ready instrument falls (negative score). Without the absolute filter the young one would be picked
        // first if a missing score counted as 0.
        var falling = BarBuilder.Series("FALL", [.. Enumerable.Range(0, 200).Select(i => 300m - i)]);
        var youngBars = BarBuilder.Midpoint([.. Enumerable.Range(0, 160).Select(i => 100m + (i % 3))], BarBuilder.Day(40));
        var young = BarBuilder.Series("YOUNG", youngBars);
        var strategy = new MomentumStrategy(MomentumScenarios.Small(top: 1, absoluteFilter: false));
        await Backtests.Run(strategy, [falling, young]);

        var readyFrom = youngBars[20].Time;
        foreach (var rebalance in strategy.Rebalances.Where(r => r.Time < readyFrom))
        {
            rebalance.Ranking.Select(r => r.Instrument).ShouldBe([falling.Instrument.Id]);
            rebalance.Targets.ShouldHaveSingleItem().Instrument.ShouldBe(falling.Instrument.Id);
        }
        strategy.Rebalances.Where(r => r.Time >= readyFrom).ShouldAllBe(r => r.Ranking.Count == 2);
    }

    [Fact]
    public async Task Keeps_a_holding_it_cannot_rank_for_missing_data_and_counts_it_against_the_top_N()
    {
        // A leads in January and is bought on 1 Feb; it has no bar on 1 Mar, when B would lead.
        var aBars = BarBuilder.Midpoint([.. Enumerable.Range(0, 100).Select(i => 100m + i)]).Where((_, i) => i != 60).ToArray();
        var b = BarBuilder.Series("B", [.. Enumerable.Range(0, 100).Select(i => i < 31 ? 100m : 100m + (5 * (i - 31)))]);
        var a = BarBuilder.Series("A", aBars);
        var strategy = new MomentumStrategy(MomentumScenarios.Small(top: 1));
        var result = await Backtests.Run(strategy, [a, b]);

        strategy.Rebalances[0].Targets.ShouldHaveSingleItem().Instrument.ShouldBe(a.Instrument.Id);
        var march = strategy.Rebalances.Single(r => r.Time == BarBuilder.Day(60));
        march.Kept.ShouldBe([a.Instrument.Id]);
        march.Ranking.Select(r => r.Instrument).ShouldBe([b.Instrument.Id]);
        march.Targets.ShouldBeEmpty();
        result.Orders.ShouldNotContain(o => o.Request.CreatedAt == BarBuilder.Day(60));
        var april = strategy.Rebalances.Single(r => r.Time == BarBuilder.Day(91));
        april.Kept.ShouldBeEmpty();
        april.Targets.ShouldHaveSingleItem().Instrument.ShouldBe(b.Instrument.Id);
    }

    [Fact]
    public async Task Trades_whole_shares_only()
    {
        var universe = Enumerable.Range(0, 3)
            .Select(i => BarBuilder.Series($"S{i}", [.. BarBuilder.RandomWalk(40 + i, 300, 57.37m).Select(c => c * 1.013m)]))
            .ToArray();
        var strategy = new MomentumStrategy(MomentumScenarios.Small(absoluteFilter: false));
        var result = await Backtests.Run(strategy, universe, cash: 12_345.67m);

        result.Fills.ShouldNotBeEmpty();
        result.Fills.ShouldAllBe(f => f.Quantity == decimal.Truncate(f.Quantity));
        strategy.Rebalances.SelectMany(r => r.Targets).ShouldAllBe(t => t.Quantity == decimal.Truncate(t.Quantity) && t.Quantity > 0);
    }

    [Fact]
    public async Task Skips_a_pick_whose_target_rounds_to_zero_shares_and_says_why()
    {
        var pricey = BarBuilder.Series("PRICEY", [.. Enumerable.Range(0, 80).Select(i => 2_000_000m + (10_000m * i))]);
        var cheap = BarBuilder.Series("CHEAP", [.. Enumerable.Range(0, 80).Select(i => 10_000m + (50m * i))]);
        var strategy = new MomentumStrategy(MomentumScenarios.Small(top: 2));
        var result = await Backtests.Run(strategy, [pricey, cheap], cash: 1_000_000m);

        var skip = strategy.Rebalances[0].Skipped.ShouldHaveSingleItem();
        skip.Instrument.ShouldBe(pricey.Instrument.Id);
        skip.Reason.ShouldContain("rounds to 0 shares");
        result.Orders.ShouldNotContain(o => o.Request.Instrument == pricey.Instrument.Id);
        result.Fills.ShouldContain(f => f.Instrument == cheap.Instrument.Id);
    }

    [Fact]
    public void Sizes_each_pick_by_ATR_risk_capped_by_an_equal_share_of_equity()
    {
        var context = new FakeStrategyContext(GenericVenue.Instrument("A"), GenericVenue.Instrument("B"));
        context.Cash = 100_000m;
        var strategy = new MomentumStrategy(new MomentumSettings(Lookback: 5, Skip: 1, Top: 2, AtrPeriod: 3, RiskPercent: 1m, AtrMultiple: 2m));
        strategy.Initialize(context);
        // Rebalance on day 31 (1 Feb). A: ATR 4 → risk 100 000 × 1% / (2 × 4) = 125 < cap 50 000 / 131.
        // B: ATR 1.25 → risk 400 > cap 50 000 / 231 = 216.45.
        for (var day = 0; day < 40; day++)
        {
            var time = BarBuilder.Day(day);
            strategy.OnBar(0, new Bar(time, 100m + day, 102m + day, 98m + day, 100m + day, 1));
            strategy.OnBar(1, new Bar(time, 200m + day, 200.25m + day, 199.75m + day, 200m + day, 1));
            strategy.OnTimeSliceEnd(time);
        }

        var rebalance = strategy.Rebalances.ShouldHaveSingleItem();
        var priceB = 200m + 31;
        rebalance.Targets.ShouldBe([
            new MomentumTarget(context.Instruments[1].Id, decimal.Floor(100_000m / 2 / priceB)),
            new MomentumTarget(context.Instruments[0].Id, decimal.Floor(100_000m * 0.01m / (2 * 4m))),
        ], ignoreOrder: true);
        context.Submitted.ShouldAllBe(s => s.Action == IntentAction.Rebalance && s.Size is SizeSpec.TargetQuantity);
    }

    [Fact]
    public async Task Closes_what_left_the_top_before_buying_the_new_pick_sized_on_the_sale_proceeds()
    {
        // A leads in January, B in February; top 1 and a 100% risk budget so the equal-weight cap (all equity) binds.
        var a = Enumerable.Range(0, 90).Select(i => i <= 45 ? 100m + i : 145m - (i - 45)).ToArray();
        var b = Enumerable.Range(0, 90).Select(i => i < 31 ? 100m : 100m + (2 * (i - 31))).ToArray();
        var universe = new[] { BarBuilder.Series("A", BarBuilder.Gapless(a)), BarBuilder.Series("B", BarBuilder.Gapless(b)) };
        var strategy = new MomentumStrategy(new MomentumSettings(Lookback: 20, Skip: 0, Top: 1, AtrPeriod: 5, RiskPercent: 100m));
        var result = await Backtests.Run(strategy, universe, FillPolicy.NextOpen);

        var march = BarBuilder.Day(60);
        var rotation = strategy.Rebalances.Single(r => r.Time == march);
        var target = rotation.Targets.ShouldHaveSingleItem();
        target.Instrument.ShouldBe(universe[1].Instrument.Id);
        var atRotation = result.Orders.Where(o => o.Request.CreatedAt == march).ToList();
        atRotation[0].Request.Side.ShouldBe(OrderSide.Sell);
        atRotation[0].Request.Instrument.ShouldBe(universe[0].Instrument.Id);
        // The kernel sizes the buy against the queued sale's proceeds, so the new pick is bought in the same batch;
        // any top-up on the next slice can only add to it.
        atRotation[1].Request.Side.ShouldBe(OrderSide.Buy);
        atRotation[1].Request.Instrument.ShouldBe(universe[1].Instrument.Id);
        result.Orders.Where(o => o.Request.CreatedAt == march.AddDays(1)).ShouldAllBe(o => o.Request.Side == OrderSide.Buy && o.Request.Instrument == universe[1].Instrument.Id);
        var heldB = result.OpenTrades.Single(t => t.Instrument == universe[1].Instrument.Id).Quantity;
        heldB.ShouldBeGreaterThan(target.Quantity * 0.95m);
        heldB.ShouldBeLessThanOrEqualTo(target.Quantity);
    }

    [Fact]
    public void Does_not_allocate_per_bar()
    {
        var context = new FakeStrategyContext(GenericVenue.Instrument("A"), GenericVenue.Instrument("B"));
        var strategy = new MomentumStrategy(new MomentumSettings());
        strategy.Initialize(context);
        var bars = BarBuilder.Midpoint([.. Enumerable.Range(1, 3_000).Select(i => (decimal)i)]);
        for (var i = 0; i < 300; i++) strategy.OnBar(i % 2, bars[i]);

        HeapAllocations.QuietestWindow(300, bars.Length, i => strategy.OnBar(i % 2, bars[i])).ShouldBe(0);
    }

    [Fact]
    public void Rejects_settings_out_of_range()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new MomentumStrategy(new MomentumSettings(Lookback: 10, Skip: 10)));
        Should.Throw<ArgumentOutOfRangeException>(() => new MomentumStrategy(new MomentumSettings(Top: 0)));
        Should.Throw<ArgumentOutOfRangeException>(() => new MomentumStrategy(new MomentumSettings(RiskPercent: 0m)));
    }
}
