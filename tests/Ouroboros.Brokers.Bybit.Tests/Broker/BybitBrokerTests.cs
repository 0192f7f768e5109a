using Ouroboros.Core.Inbox;
using Ouroboros.Core.Ports;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Primitives;
using Ouroboros.Fakes.Bybit;

namespace Ouroboros.Brokers.Bybit.Tests.Broker;

/// <summary>The Bybit broker adapter against the loopback fake: orders out by orderLinkId, fills and cancels back, the account read.</summary>
public sealed class BybitBrokerTests
{
    private static readonly DateTimeOffset Made = new(2026, 7, 9, 1, 0, 0, TimeSpan.Zero);
    private static int _next;

    private static OrderRequest Order(OrderSide side, decimal quantity, OrderType type = OrderType.Market, decimal? limit = null, decimal? stop = null) =>
        new(new ClientOrderId($"mq8x2k1a-0001-{Interlocked.Increment(ref _next)}"), BybitRig.Btc.Id, side, type, quantity, limit, stop,
            TimeInForce.GoodTillCancelled, Made, new StrategyId("test"));

    [Fact]
    public async Task A_market_buy_is_sent_under_its_client_id_and_its_fill_is_reported_once_with_Bybits_fee()
    {
        await using var rig = await BybitRig.StartAsync();
        await using var broker = rig.NewBroker();
        var order = Order(OrderSide.Buy, 0.01m);

        var ack = await broker.SubmitAsync(order, CancellationToken.None);
        ack.IsSuccess.ShouldBeTrue(ack.Error?.Message);
        await broker.PollOnceAsync(CancellationToken.None);

        rig.Server.Orders(BybitRig.Key).ShouldHaveSingleItem().OrderLinkId.ShouldBe(order.Id.Value);
        var fill = BybitRig.Drain(broker).OfType<OrderFilled>().ShouldHaveSingleItem().Fill;
        (fill.OrderId, fill.Quantity, fill.Price, fill.Side, fill.Fee).ShouldBe((order.Id, 0.01m, 60_000m, OrderSide.Buy, 0.33m));
        fill.Id.Value.ShouldBe(rig.Server.Executions(BybitRig.Key).Single().ExecId);
        await broker.PollOnceAsync(CancellationToken.None);
        BybitRig.Drain(broker).ShouldBeEmpty("a fill is told once");
    }

    [Fact]
    public async Task A_sell_is_reduce_only_so_the_long_flat_kernel_can_never_open_a_short()
    {
        await using var rig = await BybitRig.StartAsync();
        await using var broker = rig.NewBroker();
        await broker.SubmitAsync(Order(OrderSide.Buy, 0.01m), CancellationToken.None);

        (await broker.SubmitAsync(Order(OrderSide.Sell, 0.03m), CancellationToken.None)).IsSuccess.ShouldBeTrue();
        var flatSell = await broker.SubmitAsync(Order(OrderSide.Sell, 0.01m), CancellationToken.None);

        rig.Server.Position(BybitRig.Key, "BTCUSDT").ShouldBe(0m, "the sell closed the long and went no further");
        flatSell.Error!.Kind.ShouldBe(BrokerErrorKind.Rejected);
        flatSell.Error.Message.ShouldContain("110017");
    }

    [Fact]
    public async Task A_resting_limit_is_working_and_its_cancel_is_reported_once_Bybit_lists_it_cancelled()
    {
        await using var rig = await BybitRig.StartAsync();
        await using var broker = rig.NewBroker();
        var order = Order(OrderSide.Buy, 0.01m, OrderType.Limit, 59_000m);

        (await broker.SubmitAsync(order, CancellationToken.None)).IsSuccess.ShouldBeTrue();
        var working = (await broker.QueryAccountAsync(CancellationToken.None)).Value!.WorkingOrders.ShouldHaveSingleItem();
        (working.OrderId, working.Status).ShouldBe((order.Id, OrderStatus.Accepted));
        (await broker.CancelAsync(order.Id, CancellationToken.None)).IsSuccess.ShouldBeTrue();
        await broker.PollOnceAsync(CancellationToken.None);

        BybitRig.Drain(broker).ShouldHaveSingleItem().ShouldBeOfType<OrderCancelled>().OrderId.ShouldBe(order.Id);
    }

    [Fact]
    public async Task A_resting_limit_that_the_price_reaches_is_reported_filled_as_maker()
    {
        await using var rig = await BybitRig.StartAsync();
        await using var broker = rig.NewBroker();
        var order = Order(OrderSide.Buy, 0.02m, OrderType.Limit, 59_500m);
        await broker.SubmitAsync(order, CancellationToken.None);

        rig.Server.SetPrice("BTCUSDT", 59_400m);
        await broker.PollOnceAsync(CancellationToken.None);

        var fill = BybitRig.Drain(broker).OfType<OrderFilled>().ShouldHaveSingleItem().Fill;
        (fill.Price, fill.Liquidity).ShouldBe((59_500m, Liquidity.Maker));
    }

    [Fact]
    public async Task A_resent_order_whose_first_answer_was_lost_is_found_by_its_orderLinkId_and_not_placed_twice()
    {
        await using var rig = await BybitRig.StartAsync();
        await using var broker = rig.NewBroker();
        var order = Order(OrderSide.Buy, 0.01m);
        rig.Server.Inject(FakeBybitFault.AppliedButAnswerLost("/v5/order/create"));

        var lost = await broker.SubmitAsync(order, CancellationToken.None);
        lost.Error!.Kind.ShouldBe(BrokerErrorKind.Unknown);
        var again = await broker.SubmitAsync(order, CancellationToken.None);

        again.IsSuccess.ShouldBeTrue(again.Error?.Message);
        var placed = rig.Server.Orders(BybitRig.Key).ShouldHaveSingleItem();
        again.Value.Value.ShouldBe(placed.OrderId);
        rig.Server.Position(BybitRig.Key, "BTCUSDT").ShouldBe(0.01m);
    }

    [Fact]
    public async Task After_a_lost_answer_a_new_process_finds_the_order_with_its_fill_and_a_never_sent_order_is_null()
    {
        await using var rig = await BybitRig.StartAsync();
        await using var broker = rig.NewBroker();
        var order = Order(OrderSide.Buy, 0.01m);
        rig.Server.Inject(FakeBybitFault.AppliedButAnswerLost("/v5/order/create", abortConnection: false));
        (await broker.SubmitAsync(order, CancellationToken.None)).Error!.Kind.ShouldBe(BrokerErrorKind.Unknown);

        await using var restarted = rig.NewBroker();
        var found = (await restarted.FindSentOrderAsync(order, CancellationToken.None)).Value.ShouldNotBeNull();

        (found.OrderId, found.Status, found.Fills.ShouldHaveSingleItem().Quantity).ShouldBe((order.Id, OrderStatus.Filled, 0.01m));
        (await restarted.FindSentOrderAsync(Order(OrderSide.Buy, 0.01m), CancellationToken.None)).Value.ShouldBeNull();
        await restarted.PollOnceAsync(CancellationToken.None);
        BybitRig.Drain(restarted).ShouldBeEmpty("the fill returned by the look-up is not told again");
    }

    [Fact]
    public async Task After_a_restart_an_order_the_journal_holds_is_remembered_and_none_of_its_fills_is_told_again()
    {
        await using var rig = await BybitRig.StartAsync();
        OrderSnapshot journaled;
        var order = Order(OrderSide.Buy, 0.02m, OrderType.Limit, 59_000m);
        await using (var first = rig.NewBroker())
        {
            var ack = await first.SubmitAsync(order, CancellationToken.None);
            rig.Server.SetPrice("BTCUSDT", 58_900m);
            await first.PollOnceAsync(CancellationToken.None);
            var fill = BybitRig.Drain(first).OfType<OrderFilled>().Single().Fill;
            journaled = new OrderSnapshot(order, OrderStatus.Filled, fill.Quantity, fill.Price, 0m, ack.Value, null, Made);
        }
        await using var second = rig.NewBroker();
        second.Remember(journaled);
        await second.PollOnceAsync(CancellationToken.None);

        BybitRig.Drain(second).ShouldBeEmpty();
        (await second.QueryOrderAsync(order.Id, CancellationToken.None)).Value!.Status.ShouldBe(OrderStatus.Filled);
    }

    [Fact]
    public async Task The_account_shows_the_USDT_wallet_the_signed_position_with_its_average_and_no_working_orders()
    {
        await using var rig = await BybitRig.StartAsync();
        await using var broker = rig.NewBroker();
        await broker.SubmitAsync(Order(OrderSide.Buy, 0.01m), CancellationToken.None);

        var account = (await broker.QueryAccountAsync(CancellationToken.None)).Value!;

        account.Cash.ShouldBe(10_000m - 0.33m);
        account.Positions[BybitRig.Btc.Id].ShouldBe(0.01m);
        account.AveragePrices![BybitRig.Btc.Id].ShouldBe(60_000m);
        account.WorkingOrders.ShouldBeEmpty();
    }

    [Fact]
    public async Task An_account_query_that_fails_part_way_is_an_error_never_an_empty_account()
    {
        await using var rig = await BybitRig.StartAsync();
        await using var broker = rig.NewBroker();
        rig.Server.Inject(FakeBybitFault.PlainServerError("/v5/position/list"));

        var account = await broker.QueryAccountAsync(CancellationToken.None);

        account.IsSuccess.ShouldBeFalse();
        account.Error!.Message.ShouldStartWith("positions:");
    }

    [Fact]
    public async Task A_cash_amount_buy_is_sized_down_to_the_quantity_step_and_the_resolved_quantity_is_reported()
    {
        await using var rig = await BybitRig.StartAsync();
        await using var broker = rig.NewBroker();
        var order = new OrderRequest(new ClientOrderId("mq8x2k1a-0001-cash"), BybitRig.Btc.Id, OrderSide.Buy, OrderType.Market, 0.01m, null, null,
            TimeInForce.GoodTillCancelled, Made, new StrategyId("test"), cashAmount: 1_000m);

        (await broker.SubmitAsync(order, CancellationToken.None)).IsSuccess.ShouldBeTrue();

        BybitRig.Drain(broker).OfType<QuantityResolved>().ShouldHaveSingleItem().Quantity.ShouldBe(0.016m);
        rig.Server.Position(BybitRig.Key, "BTCUSDT").ShouldBe(0.016m);
    }

    [Fact]
    public async Task Other_instruments_stop_orders_and_ids_Bybit_cannot_carry_are_refused_before_anything_is_sent()
    {
        await using var rig = await BybitRig.StartAsync();
        await using var broker = rig.NewBroker();
        var other = new OrderRequest(new ClientOrderId("x-1"), new InstrumentId("BYBIT:ETHUSDT"), OrderSide.Buy, OrderType.Market, 1, null, null,
            TimeInForce.Day, Made, new StrategyId("test"));
        var longId = new OrderRequest(new ClientOrderId(new string('a', 37)), BybitRig.Btc.Id, OrderSide.Buy, OrderType.Market, 1, null, null,
            TimeInForce.Day, Made, new StrategyId("test"));

        (await broker.SubmitAsync(other, CancellationToken.None)).Error!.Kind.ShouldBe(BrokerErrorKind.InvalidRequest);
        (await broker.SubmitAsync(Order(OrderSide.Sell, 1, OrderType.Stop, stop: 50_000m), CancellationToken.None)).Error!.Message.ShouldContain("no stop orders");
        (await broker.SubmitAsync(longId, CancellationToken.None)).Error!.Message.ShouldContain("at most 36");
        rig.Server.Requests.ShouldBeEmpty();
    }
}
