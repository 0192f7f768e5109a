using Ouroboros.Domain.Venues;
using Ouroboros.Brokers.Simulated;
using Ouroboros.Domain.Instruments;
using Ouroboros.Domain.Intents;
using Ouroboros.Domain.Orders;
using Ouroboros.Strategies.Tests.Support;
using Ouroboros.TestKit;

namespace Ouroboros.Strategies.Tests.SmaCross;

public sealed class SmaCrossStrategyTests
{
    // fast 2 / slow 4: SMAs ready from index 3; fast crosses above slow at index 6 (6.5 ≤ 7, then 8 > 7.25).
    private static readonly decimal[] UpCross = [10, 9, 8, 7, 6, 7, 9, 12, 14, 15, 16];
    private const int UpCrossIndex = 6;

    // Up-cross at 6, then a fall that crosses back down.
    private static readonly decimal[] UpThenDown = [10, 9, 8, 7, 6, 7, 9, 12, 14, 15, 13, 10, 7, 5, 4, 4, 4];

    [Fact]
    public void The_crafted_series_crosses_up_exactly_where_the_test_expects()
    {
        SmaOracle.Crosses(UpCross, 2, 4).ShouldBe([(UpCrossIndex, 1)]);
    }

    [Fact]
    public async Task Buys_on_the_up_cross_bar_and_fills_at_the_next_bars_open_with_next_open_fills()
    {
        var bars = BarBuilder.Midpoint(UpCross);
        var result = await Backtests.Run(new SmaCrossStrategy(2, 4), BarBuilder.Series("A", bars), FillPolicy.NextOpen);

        var order = result.Orders.ShouldHaveSingleItem();
        order.Request.Side.ShouldBe(OrderSide.Buy);
        order.Request.CreatedAt.ShouldBe(bars[UpCrossIndex].Time);
        var fill = result.Fills.ShouldHaveSingleItem();
        fill.Time.ShouldBe(bars[UpCrossIndex + 1].Time);
        fill.Price.ShouldBe(bars[UpCrossIndex + 1].Open);
        fill.Price.ShouldNotBe(bars[UpCrossIndex].Close);
    }

    [Fact]
    public async Task Buys_on_the_up_cross_bar_and_fills_at_its_close_with_same_close_fills()
    {
        var bars = BarBuilder.Midpoint(UpCross);
        var result = await Backtests.Run(new SmaCrossStrategy(2, 4), BarBuilder.Series("A", bars), FillPolicy.SameClose);

        var fill = result.Fills.ShouldHaveSingleItem();
        fill.Side.ShouldBe(OrderSide.Buy);
        fill.Time.ShouldBe(bars[UpCrossIndex].Time);
        fill.Price.ShouldBe(bars[UpCrossIndex].Close);
    }

    [Fact]
    public async Task Buys_with_the_runs_default_sizing_because_the_intent_carries_no_size()
    {
        var bars = BarBuilder.Midpoint(UpCross);
        var result = await Backtests.Run(new SmaCrossStrategy(2, 4), [BarBuilder.Series("A", bars)], FillPolicy.SameClose,
            Ouroboros.Core.Sizing.SizingPolicy.Parse("fixed:7"));

        result.Fills.ShouldHaveSingleItem().Quantity.ShouldBe(7m);
    }

    [Fact]
    public async Task Does_not_trade_when_fast_is_already_above_slow_as_soon_as_both_are_ready()
    {
        var rising = Enumerable.Range(1, 40).Select(i => (decimal)i).ToArray();
        var result = await Backtests.Run(new SmaCrossStrategy(2, 4), BarBuilder.Series("A", rising));

        result.Orders.ShouldBeEmpty();
    }

    [Fact]
    public async Task Never_decides_before_both_SMAs_are_ready_on_the_previous_bar()
    {
        // Zig-zag: the fast SMA crosses the price often, including during the slow SMA's warm-up.
        var closes = Enumerable.Range(0, 60).Select(i => 50m + (i % 7 < 3 ? 5 * (i % 7) : 15 - (2 * (i % 7)))).ToArray();
        var bars = BarBuilder.Midpoint(closes);
        var result = await Backtests.Run(new SmaCrossStrategy(3, 10), BarBuilder.Series("A", bars));

        result.Orders.ShouldNotBeEmpty();
        result.Orders.ShouldAllBe(o => o.Request.CreatedAt >= bars[10].Time);
        var expected = SmaOracle.Crosses(closes, 3, 10);
        result.Orders[0].Request.CreatedAt.ShouldBe(bars[expected.First(c => c.Direction > 0).Index].Time);
    }

    [Fact]
    public async Task A_signal_on_the_last_bar_is_not_filled()
    {
        var bars = BarBuilder.Midpoint(UpCross[..(UpCrossIndex + 1)]);
        var result = await Backtests.Run(new SmaCrossStrategy(2, 4), BarBuilder.Series("A", bars), FillPolicy.NextOpen);

        result.Orders.ShouldHaveSingleItem().Request.CreatedAt.ShouldBe(bars[^1].Time);
        result.Fills.ShouldBeEmpty();
        result.FinalCash.ShouldBe(100_000m);
    }

    [Fact]
    public async Task Sells_the_whole_position_at_the_open_after_the_down_cross()
    {
        var bars = BarBuilder.Midpoint(UpThenDown);
        var down = SmaOracle.Crosses(UpThenDown, 2, 4).Single(c => c.Direction < 0).Index;
        var result = await Backtests.Run(new SmaCrossStrategy(2, 4), BarBuilder.Series("A", bars), FillPolicy.NextOpen);

        result.Fills.Count.ShouldBe(2);
        var (buy, sell) = (result.Fills[0], result.Fills[1]);
        sell.Side.ShouldBe(OrderSide.Sell);
        sell.Quantity.ShouldBe(buy.Quantity);
        sell.Time.ShouldBe(bars[down + 1].Time);
        sell.Price.ShouldBe(bars[down + 1].Open);
        result.Orders[1].Request.CreatedAt.ShouldBe(bars[down].Time);
        result.OpenTrades.ShouldBeEmpty();
        result.Trades.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Trades_every_instrument_of_the_universe_independently()
    {
        var a = BarBuilder.Series("A", UpThenDown);
        var b = BarBuilder.Series("B", [.. Enumerable.Repeat(10m, 5), .. UpCross]);
        var result = await Backtests.Run(new SmaCrossStrategy(2, 4), [a, b], FillPolicy.SameClose, Ouroboros.Core.Sizing.SizingPolicy.Parse("fixed:10"));

        result.Fills.Where(f => f.Instrument == a.Instrument.Id).Select(f => f.Side).ShouldBe([OrderSide.Buy, OrderSide.Sell]);
        var bFill = result.Fills.Where(f => f.Instrument == b.Instrument.Id).ShouldHaveSingleItem();
        bFill.Time.ShouldBe(b[5 + UpCrossIndex].Time);
    }

    [Theory]
    [InlineData("all-in", false)]
    [InlineData("percent:20", true)]
    public async Task Its_buy_goes_through_the_risk_gates_like_any_other_intent(string sizing, bool approved)
    {
        var bars = BarBuilder.Midpoint(UpThenDown);
        var risk = new Ouroboros.Risk.Engine.RiskEngine([new Ouroboros.Risk.Gates.FatFingerGate()]);
        var result = await Backtests.Run(new SmaCrossStrategy(2, 4), [BarBuilder.Series("A", bars)], FillPolicy.NextOpen,
            Ouroboros.Core.Sizing.SizingPolicy.Parse(sizing), risk: risk);

        var decision = result.RiskDecisions[0];
        decision.Time.ShouldBe(bars[UpCrossIndex].Time);
        decision.Approved.ShouldBe(approved);
        if (approved)
        {
            result.Fills.Select(f => f.Side).ShouldBe([OrderSide.Buy, OrderSide.Sell]);
        }
        else
        {
            decision.Gate.ShouldBe("fat_finger");
            result.Fills.ShouldBeEmpty();
            result.RiskDecisions.ShouldHaveSingleItem("flat after the denied buy, so the down-cross has nothing to close");
        }
    }

    [Fact]
    public void Does_not_allocate_per_bar_in_the_steady_state()
    {
        var context = new FakeStrategyContext(GenericVenue.Instrument("A"), GenericVenue.Instrument("B"));
        var strategy = new SmaCrossStrategy(10, 30);
        strategy.Initialize(context);
        var bars = BarBuilder.Midpoint([.. Enumerable.Range(1, 5_000).Select(i => (decimal)i)]);
        for (var i = 0; i < 100; i++) FeedBoth(strategy, bars[i]);

        HeapAllocations.QuietestWindow(100, bars.Length, i => FeedBoth(strategy, bars[i])).ShouldBe(0);
        context.Submitted.ShouldBeEmpty();
    }

    [Fact]
    public void Submits_a_buy_without_size_and_a_close_as_intents()
    {
        var context = new FakeStrategyContext(GenericVenue.Instrument("A"));
        var strategy = new SmaCrossStrategy(2, 4);
        strategy.Initialize(context);
        var bars = BarBuilder.Midpoint(UpThenDown);
        for (var i = 0; i <= UpCrossIndex; i++) strategy.OnBar(0, bars[i]);
        context.Positions[0] = 5;
        for (var i = UpCrossIndex + 1; i < bars.Length; i++) strategy.OnBar(0, bars[i]);

        context.Submitted.Select(s => s.Action).ShouldBe([IntentAction.Buy, IntentAction.Close]);
        context.Submitted[0].Size.ShouldBeNull();
        context.Submitted.ShouldAllBe(s => s.Strategy.Value == "sma-cross");
    }

    private static void FeedBoth(SmaCrossStrategy strategy, in Ouroboros.Domain.Bars.Bar bar)
    {
        strategy.OnBar(0, bar);
        strategy.OnBar(1, bar);
    }
}
