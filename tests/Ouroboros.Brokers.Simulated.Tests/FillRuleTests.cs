using Ouroboros.Brokers.Simulated;
using Ouroboros.Domain.Intents;
using Ouroboros.Domain.Orders;
using Ouroboros.TestKit;

namespace Ouroboros.Brokers.Simulated.Tests;

/// <summary>Where orders fill inside the next bar: market at the open, limits and stops when reached, gaps at the open.</summary>
public sealed class FillRuleTests
{
    private static readonly SizeSpec Ten = new SizeSpec.FixedQuantity(10);

    [Fact]
    public async Task Market_order_fills_at_the_next_bar_open_not_the_signal_close()
    {
        var s = new ScriptedStrategy().Buy(0, size: Ten);
        var r = await SimRun.RunAsync(s, SimRun.Bars((100, 101, 99, 100), (103, 105, 102, 104)));
        r.Fills.ShouldHaveSingleItem().Price.ShouldBe(103m);
        r.Fills[0].Time.ShouldBe(BarBuilder.Start.AddDays(1));
    }

    [Fact]
    public async Task Same_close_policy_fills_at_the_signal_bar_close()
    {
        var s = new ScriptedStrategy().Buy(0, size: Ten);
        var r = await SimRun.RunAsync(s, SimRun.Bars((100, 101, 99, 100.5m), (103, 105, 102, 104)), FillPolicy.SameClose);
        r.Fills.ShouldHaveSingleItem().Price.ShouldBe(100.5m);
    }

    [Fact]
    public async Task A_signal_on_the_last_bar_is_never_filled()
    {
        var s = new ScriptedStrategy().Buy(1, size: Ten);
        var r = await SimRun.RunAsync(s, SimRun.Bars((100, 101, 99, 100), (103, 105, 102, 104)));
        r.Fills.ShouldBeEmpty();
        r.Orders.ShouldHaveSingleItem().Status.ShouldBe(OrderStatus.Accepted);
    }

    [Theory]
    [InlineData(98, 99, 97, 98, 98)]       // gaps below the limit: fills at the better open
    [InlineData(101, 102, 99, 100, 99.5)]  // trades through the limit: fills at the limit
    public async Task Buy_limit_fills_at_the_open_on_a_gap_or_at_the_limit_when_touched(double o, double h, double l, double c, double expected)
    {
        var s = new ScriptedStrategy().Buy(0, size: Ten, type: OrderType.Limit, limit: 99.5m);
        var r = await SimRun.RunAsync(s, SimRun.Bars((100, 101, 99.8m, 100), ((decimal)o, (decimal)h, (decimal)l, (decimal)c)));
        r.Fills.ShouldHaveSingleItem().Price.ShouldBe((decimal)expected);
        r.Fills[0].Liquidity.ShouldBe(expected == o ? Liquidity.Taker : Liquidity.Maker);
    }

    [Fact]
    public async Task Buy_limit_that_the_bar_never_reaches_expires_after_its_day()
    {
        var s = new ScriptedStrategy().Buy(0, size: Ten, type: OrderType.Limit, limit: 95m);
        var r = await SimRun.RunAsync(s, SimRun.Bars((100, 101, 99, 100), (100, 101, 96, 100), (94, 95, 93, 94)));
        r.Fills.ShouldBeEmpty();
        r.Orders.ShouldHaveSingleItem().Status.ShouldBe(OrderStatus.Expired);
    }

    [Fact]
    public async Task Good_till_cancelled_limit_waits_until_reached()
    {
        var s = new ScriptedStrategy().Buy(0, size: Ten, type: OrderType.Limit, limit: 95m, tif: TimeInForce.GoodTillCancelled);
        var r = await SimRun.RunAsync(s, SimRun.Bars((100, 101, 99, 100), (100, 101, 96, 100), (97, 98, 94, 96)));
        r.Fills.ShouldHaveSingleItem().Price.ShouldBe(95m);
        r.Fills[0].Time.ShouldBe(BarBuilder.Start.AddDays(2));
    }

    [Fact]
    public async Task Immediate_or_cancel_is_cancelled_when_its_first_bar_misses()
    {
        var s = new ScriptedStrategy().Buy(0, size: Ten, type: OrderType.Limit, limit: 90m, tif: TimeInForce.ImmediateOrCancel);
        var r = await SimRun.RunAsync(s, SimRun.Bars((100, 101, 99, 100), (100, 101, 96, 100), (89, 90, 88, 89)));
        r.Fills.ShouldBeEmpty();
        r.Orders.ShouldHaveSingleItem().Status.ShouldBe(OrderStatus.Cancelled);
    }

    [Theory]
    [InlineData(106, 107, 105, 106, 106)]  // gaps above the stop: fills at the worse open
    [InlineData(101, 104, 100, 103, 102)]  // rises through the stop: fills at the stop
    public async Task Buy_stop_fills_at_the_open_on_a_gap_or_at_the_stop_when_triggered(double o, double h, double l, double c, double expected)
    {
        var s = new ScriptedStrategy().Buy(0, size: Ten, type: OrderType.Stop, stop: 102m);
        var r = await SimRun.RunAsync(s, SimRun.Bars((100, 101, 99, 100), ((decimal)o, (decimal)h, (decimal)l, (decimal)c)));
        r.Fills.ShouldHaveSingleItem().Price.ShouldBe((decimal)expected);
    }

    [Theory]
    [InlineData(90, 91, 89, 90, 90)]   // gaps below a sell stop: fills at the open
    [InlineData(99, 100, 94, 96, 95)]  // falls through: fills at the stop
    public async Task Sell_stop_protects_a_position_at_the_stop_or_the_gap_open(double o, double h, double l, double c, double expected)
    {
        var s = new ScriptedStrategy().Buy(0, size: Ten).Sell(1, size: Ten, type: OrderType.Stop, stop: 95m, tif: TimeInForce.GoodTillCancelled);
        var r = await SimRun.RunAsync(s, SimRun.Bars((100, 101, 99, 100), (100, 101, 99, 100), ((decimal)o, (decimal)h, (decimal)l, (decimal)c)));
        r.Fills.Count.ShouldBe(2);
        r.Fills[1].Side.ShouldBe(OrderSide.Sell);
        r.Fills[1].Price.ShouldBe((decimal)expected);
    }

    [Fact]
    public async Task Sell_limit_above_the_market_fills_when_the_high_reaches_it()
    {
        var s = new ScriptedStrategy().Buy(0, size: Ten).Sell(1, size: Ten, type: OrderType.Limit, limit: 104m, tif: TimeInForce.GoodTillCancelled);
        var r = await SimRun.RunAsync(s, SimRun.Bars((100, 101, 99, 100), (100, 101, 99, 100), (101, 103, 100, 102), (102, 105, 101, 104)));
        r.Fills[1].Price.ShouldBe(104m);
        r.Fills[1].Time.ShouldBe(BarBuilder.Start.AddDays(3));
        r.Trades.ShouldHaveSingleItem().GrossPnl.ShouldBe(40m);
    }
}
