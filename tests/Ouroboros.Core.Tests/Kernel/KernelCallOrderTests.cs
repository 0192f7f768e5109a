using Ouroboros.Core.Tests.Support;
using Ouroboros.Domain.Intents;
using Ouroboros.Domain.Orders;
using static Ouroboros.Core.Tests.Support.KernelHarness;

namespace Ouroboros.Core.Tests.Kernel;

/// <summary>Within each time slice: broker, then strategy bars, slice end, submissions, broker slice end.</summary>
public sealed class KernelCallOrderTests
{
    private readonly KernelHarness _kernel = new();

    [Fact]
    public async Task Each_slice_runs_broker_bars_strategy_bars_slice_end_submissions_then_broker_slice_end()
    {
        var t1 = Day1;
        var t2 = Day1.AddDays(1);
        _kernel.Bar(0, t1, 50m).Bar(1, t1, 20m).Bar(0, t2, 51m).Bar(1, t2, 21m);
        _kernel.Strategy.At(t1, _ => Intent(A)).At(t1, _ => Intent(B));

        await _kernel.RunAsync();

        _kernel.Log.Entries.ShouldBe(
        [
            "broker.Attach",
            "strategy.Initialize",
            "broker.OnSlice 01-02 00:00 x2",
            "strategy.OnBar 0 01-02 00:00",
            "strategy.OnBar 1 01-02 00:00",
            "strategy.OnTimeSliceEnd 01-02 00:00",
            "broker.Submit O-000001",
            "broker.Submit O-000002",
            "broker.OnSliceEnd 01-02 00:00",
            "broker.OnSlice 01-03 00:00 x2",
            "strategy.OnBar 0 01-03 00:00",
            "strategy.OnBar 1 01-03 00:00",
            "strategy.OnTimeSliceEnd 01-03 00:00",
            "broker.OnSliceEnd 01-03 00:00",
        ]);
    }

    [Fact]
    public async Task Fills_at_the_next_open_reach_the_strategy_before_it_sees_that_slice_s_bars()
    {
        _kernel.Broker.FillAtNextOpen = true;
        _kernel.Bar(0, Day1, 50m).Bar(0, Day1.AddDays(1), 60m);
        _kernel.Strategy.At(Day1, _ => Intent(A));

        await _kernel.RunAsync();

        var entries = _kernel.Log.Entries.ToList();
        entries.IndexOf("broker.OnSlice 01-03 00:00 x1").ShouldBeLessThan(entries.IndexOf("strategy.OnFill O-000001"));
        entries.IndexOf("strategy.OnFill O-000001").ShouldBeLessThan(entries.IndexOf("strategy.OnBar 0 01-03 00:00"));
    }

    [Fact]
    public async Task A_fill_updates_the_order_the_portfolio_the_strategy_and_the_result()
    {
        _kernel.Broker.FillAtNextOpen = true;
        _kernel.Bar(0, Day1, 50m).Bar(0, Day1.AddDays(1), 60m);
        _kernel.Strategy.At(Day1, _ => Intent(A));

        var result = await _kernel.RunAsync();

        var fill = result.Fills.ShouldHaveSingleItem();
        fill.Price.ShouldBe(59m);
        fill.Quantity.ShouldBe(10m);
        _kernel.Strategy.Fills.ShouldBe([fill]);
        _kernel.Strategy.Context!.PositionOf(0).ShouldBe(10m);
        result.Orders.ShouldHaveSingleItem().Status.ShouldBe(OrderStatus.Filled);
        result.FinalCash.ShouldBe(100_000m - 590m - 1m);
        result.FinalEquity.ShouldBe(100_000m - 590m - 1m + 600m);
        result.OpenTrades.ShouldHaveSingleItem().Quantity.ShouldBe(10m);
        result.SlicesInMarket.ShouldBe(1);
    }

    [Fact]
    public async Task A_close_after_a_fill_sells_the_whole_position_and_completes_a_round_trip()
    {
        _kernel.Broker.FillAtNextOpen = true;
        _kernel.Bar(0, Day1, 50m).Bar(0, Day1.AddDays(1), 60m).Bar(0, Day1.AddDays(2), 70m);
        _kernel.Strategy.At(Day1, _ => Intent(A)).At(Day1.AddDays(1), _ => Intent(A, IntentAction.Close));

        var result = await _kernel.RunAsync();

        result.Orders.Select(o => (o.Request.Side, o.Request.Quantity, o.Status))
            .ShouldBe([(OrderSide.Buy, 10m, OrderStatus.Filled), (OrderSide.Sell, 10m, OrderStatus.Filled)]);
        var trade = result.Trades.ShouldHaveSingleItem();
        trade.GrossPnl.ShouldBe(100m);
        trade.NetPnl.ShouldBe(98m);
        result.OpenTrades.ShouldBeEmpty();
        result.FinalCash.ShouldBe(100_098m);
    }

    [Fact]
    public async Task The_strategy_is_initialised_once_with_the_kernel_as_its_context()
    {
        _kernel.Bar(0, Day1, 50m);

        await _kernel.RunAsync();

        _kernel.Log.Entries.Count(e => e == "strategy.Initialize").ShouldBe(1);
        var context = _kernel.Strategy.Context.ShouldNotBeNull();
        context.Instruments.ShouldBe([A, B]);
        context.IndexOf(B.Id).ShouldBe(1);
        context.LastPrice(0).ShouldBe(50m);
        context.LastPrice(1).ShouldBeNull();
        context.Cash.ShouldBe(100_000m);
        context.Equity.ShouldBe(100_000m);
        Should.Throw<KeyNotFoundException>(() => context.IndexOf(new Domain.Primitives.InstrumentId("CSV:ZZZ")));
    }

    [Fact]
    public async Task An_empty_source_runs_no_slice()
    {
        var result = await _kernel.RunAsync();

        result.TimeSlices.ShouldBe(0);
        result.Equity.ShouldBeEmpty();
        result.FinalEquity.ShouldBe(100_000m);
        _kernel.Log.Entries.ShouldBe(["broker.Attach", "strategy.Initialize"]);
    }
}
