using Ouroboros.Brokers.Simulated;
using Ouroboros.Core.Inbox;
using Ouroboros.Core.Ports;
using Ouroboros.Core.Time;
using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Venues;
using Ouroboros.Domain.Instruments;
using Ouroboros.Domain.Intents;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Primitives;
using Ouroboros.TestKit;

namespace Ouroboros.Brokers.Simulated.Tests;

public sealed class SimulatedBrokerTests
{
    [Fact]
    public async Task Sells_fill_before_buys_in_a_slice_so_a_rotation_can_spend_the_proceeds()
    {
        // Hold B (the second instrument) with all cash, then rotate into A (the first): the broker sees A's bar first,
        // so only filling sells before buys lets the buy of A use the money from B.
        var a = BarBuilder.FromCloses([50m, 50m, 50m, 50m], GenericVenue.Instrument("A"));
        var b = BarBuilder.FromCloses([100m, 100m, 100m, 100m], GenericVenue.Instrument("B"));
        var s = new ScriptedStrategy()
            .Buy(0, 1, new SizeSpec.FixedQuantity(100))
            .Close(1, 1)
            .At(1, (ctx, t) => new TradeIntent(ctx.Instruments[0].Id, IntentAction.Buy, ScriptedStrategy.Id, t, new SizeSpec.FixedQuantity(200)));
        var r = await SimRun.RunAsync(s, [a, b], cash: 10_000m);
        var rotation = r.Fills.Where(f => f.Time == BarBuilder.Start.AddDays(2)).ToList();
        rotation.Select(f => f.Side).ShouldBe([OrderSide.Sell, OrderSide.Buy]);
        r.Orders.Count(o => o.Status == OrderStatus.Filled).ShouldBe(3);
    }

    [Fact]
    public async Task A_buy_the_cash_cannot_pay_for_at_the_fill_is_cancelled_with_the_reason()
    {
        var s = new ScriptedStrategy().Buy(0, size: new SizeSpec.FixedQuantity(100));
        var r = await SimRun.RunAsync(s, SimRun.Bars((100, 100, 100, 100), (150, 150, 150, 150)), cash: 11_000m);
        r.Fills.ShouldBeEmpty();
        var order = r.Orders.ShouldHaveSingleItem();
        order.Status.ShouldBe(OrderStatus.Cancelled);
        order.Reason!.ShouldContain("insufficient cash");
        r.FinalCash.ShouldBe(11_000m);
    }

    [Fact]
    public async Task All_in_is_sized_at_the_fill_price_with_commission_included()
    {
        var s = new ScriptedStrategy().Buy(0);
        var r = await SimRun.RunAsync(s, SimRun.Bars((100, 100, 100, 100), (90, 90, 90, 90), (90, 90, 90, 90)),
            cash: 10_000m, model: GenericVenue.Model(0.001m), sizing: Core.Sizing.SizingPolicy.AllInPolicy);
        var fill = r.Fills.ShouldHaveSingleItem();
        fill.Price.ShouldBe(90m);
        fill.Quantity.ShouldBe(111m); // 111 × 90 × 1.001 = 9,999.99 ≤ 10,000 < 112 × 90
        (fill.Quantity * fill.Price + fill.Fee).ShouldBeLessThanOrEqualTo(10_000m);
        r.Orders.Single().Request.CashAmount.ShouldBe(10_000m);
    }

    [Fact]
    public async Task Krx_venue_fills_with_one_tick_of_slippage_and_charges_commission_floored_to_won()
    {
        var etf = KrxVenue.Etf("069500");
        var series = BarBuilder.FromOhlc([(10_000m, 10_100m, 9_950m, 10_000m), (10_000m, 10_100m, 9_950m, 10_050m)], etf);
        var s = new ScriptedStrategy().Buy(0, size: new SizeSpec.FixedQuantity(33));
        var r = await SimRun.RunAsync(s, series, cash: 1_000_000m, model: KrxVenue.Model());
        var fill = r.Fills.ShouldHaveSingleItem();
        fill.Price.ShouldBe(10_005m);
        fill.Fee.ShouldBe(decimal.Floor(33m * 10_005m * 0.00015m));
    }

    [Fact]
    public async Task Krx_stock_sells_pay_the_transaction_tax_and_etf_sells_do_not()
    {
        var model = KrxVenue.Model(slippageTicks: 0);
        model.Fees.Fee(KrxVenue.Stock("005930"), OrderSide.Sell, 10, 70_000m, Liquidity.Taker).ShouldBe(105m + 1_400m);
        model.Fees.Fee(KrxVenue.Etf("069500"), OrderSide.Sell, 10, 70_000m, Liquidity.Taker).ShouldBe(105m);
    }

    [Fact]
    public async Task Orders_off_the_tick_grid_or_lot_step_are_invalid_requests()
    {
        var etf = KrxVenue.Etf("069500");
        var clock = new SimulatedTimeProvider(BarBuilder.Start);
        var broker = new SimulatedBroker([etf], [KrxVenue.Model()], FillPolicy.NextOpen, BarInterval.OneDay, clock);
        broker.Attach(new NullReports(), new NullAccount());
        var offGrid = new OrderRequest(new ClientOrderId("o1"), etf.Id, OrderSide.Buy, OrderType.Limit, 1, 10_002m, null, TimeInForce.Day, clock.GetUtcNow(), ScriptedStrategy.Id);
        var fractional = new OrderRequest(new ClientOrderId("o2"), etf.Id, OrderSide.Buy, OrderType.Market, 1.5m, null, null, TimeInForce.Day, clock.GetUtcNow(), ScriptedStrategy.Id);

        var r1 = await broker.SubmitAsync(offGrid, CancellationToken.None);
        var r2 = await broker.SubmitAsync(fractional, CancellationToken.None);

        r1.Error!.Kind.ShouldBe(BrokerErrorKind.InvalidRequest);
        r1.Error.Message.ShouldContain("tick");
        r2.Error!.Kind.ShouldBe(BrokerErrorKind.InvalidRequest);
        r2.Error.Message.ShouldContain("lot step");
        broker.OnSlice([KernelEvent.OfBar(0, new Bar(BarBuilder.Start, 10_000m, 10_000m, 10_000m, 10_000m, 1m))]);
    }

    private sealed class NullReports : IExecutionReports
    {
        public void OnAccepted(ClientOrderId orderId, BrokerOrderId brokerOrderId) => throw new InvalidOperationException("must not be accepted");
        public void OnFill(Fill fill) => throw new InvalidOperationException("must not fill");
        public void OnRejected(ClientOrderId orderId, string reason) { }
        public void OnCancelled(ClientOrderId orderId, string reason) { }
        public void OnExpired(ClientOrderId orderId) { }
        public void OnQuantityResolved(ClientOrderId orderId, decimal quantity) { }
    }

    private sealed class NullAccount : IAccountView
    {
        public decimal AvailableCash(Currency currency) => 1_000_000m;
        public decimal PositionOf(int instrument) => 0m;
    }
}
