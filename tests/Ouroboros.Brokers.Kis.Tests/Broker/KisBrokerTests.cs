using Ouroboros.Brokers.Kis.Broker;
using Ouroboros.Core.Inbox;
using Ouroboros.Core.Ports;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Primitives;
using Ouroboros.Fakes.Kis;

namespace Ouroboros.Brokers.Kis.Tests.Broker;

/// <summary>The KIS broker adapter against the loopback fake: orders out, fills and cancels back, the account read, lost answers found again.</summary>
public sealed class KisBrokerTests
{
    private static readonly DateTimeOffset Made = new(2026, 7, 9, 1, 0, 0, TimeSpan.Zero);
    private static int _next;

    private static OrderRequest Order(OrderSide side, decimal quantity, OrderType type = OrderType.Market, decimal? limit = null, decimal? stop = null) =>
        new(new ClientOrderId($"K-{Interlocked.Increment(ref _next)}"), KisBrokerRig.Samsung.Id, side, type, quantity, limit, stop, TimeInForce.Day, Made,
            new StrategyId("test"));

    [Fact]
    public async Task A_market_buy_is_acknowledged_with_its_branch_and_order_number_and_its_fill_is_reported_from_the_days_orders()
    {
        await using var rig = await KisBrokerRig.StartAsync();
        await using var broker = rig.NewBroker();
        var order = Order(OrderSide.Buy, 10);

        var ack = await broker.SubmitAsync(order, CancellationToken.None);
        ack.IsSuccess.ShouldBeTrue(ack.Error?.Message);
        ack.Value.Value.ShouldStartWith("00950-");
        await broker.PollOnceAsync(CancellationToken.None);

        var fill = KisBrokerRig.Drain(broker).OfType<OrderFilled>().ShouldHaveSingleItem().Fill;
        (fill.OrderId, fill.Quantity, fill.Price, fill.Side).ShouldBe((order.Id, 10m, 71_900m, OrderSide.Buy));
        var account = (await broker.QueryAccountAsync(CancellationToken.None)).Value!;
        account.Positions[KisBrokerRig.Samsung.Id].ShouldBe(10m);
        account.Cash.ShouldBe(10_000_000m - 719_000m);
        account.WorkingOrders.ShouldBeEmpty();
        await broker.PollOnceAsync(CancellationToken.None);
        KisBrokerRig.Drain(broker).ShouldBeEmpty("a fill is told once");
    }

    [Fact]
    public async Task An_execution_notice_has_the_orders_looked_up_at_once_instead_of_at_the_next_interval()
    {
        await using var rig = await KisBrokerRig.StartAsync();
        await using var broker = rig.NewBroker(new KisBrokerOptions { FillPollInterval = TimeSpan.FromDays(1) });
        broker.Start();
        var order = Order(OrderSide.Buy, 10);
        (await broker.SubmitAsync(order, CancellationToken.None)).IsSuccess.ShouldBeTrue();
        await Task.Delay(300);
        KisBrokerRig.Drain(broker).OfType<OrderFilled>().ShouldBeEmpty("the next look-up is a day away");

        broker.LookUpNow();
        broker.LookUpNow(); // a second notice before the look-up runs is answered by the same look-up

        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        ExecutionReport report;
        do report = await broker.Reports.ReadAsync(patience.Token);
        while (report is not OrderFilled);
        ((OrderFilled)report).Fill.Quantity.ShouldBe(10m);
    }

    [Fact]
    public async Task A_resting_limit_order_is_listed_as_working_and_its_cancel_is_reported_once_KIS_lists_it_cancelled()
    {
        await using var rig = await KisBrokerRig.StartAsync();
        await using var broker = rig.NewBroker();
        var order = Order(OrderSide.Buy, 5, OrderType.Limit, 70_000m);

        (await broker.SubmitAsync(order, CancellationToken.None)).IsSuccess.ShouldBeTrue();
        var working = (await broker.QueryAccountAsync(CancellationToken.None)).Value!.WorkingOrders.ShouldHaveSingleItem();
        (working.OrderId, working.Status).ShouldBe((order.Id, OrderStatus.Accepted));
        (await broker.CancelAsync(order.Id, CancellationToken.None)).IsSuccess.ShouldBeTrue();
        await broker.PollOnceAsync(CancellationToken.None);

        KisBrokerRig.Drain(broker).ShouldHaveSingleItem().ShouldBeOfType<OrderCancelled>().OrderId.ShouldBe(order.Id);
    }

    [Fact]
    public async Task An_order_whose_answer_was_lost_is_unknown_and_is_found_again_by_matching_with_its_fill()
    {
        await using var rig = await KisBrokerRig.StartAsync();
        await using var broker = rig.NewBroker();
        var order = Order(OrderSide.Buy, 3);
        rig.Server.Inject(FakeKisFault.AppliedButAnswerLost("order-cash"));

        var lost = await broker.SubmitAsync(order, CancellationToken.None);
        lost.IsSuccess.ShouldBeFalse();
        lost.Error!.Kind.ShouldBe(BrokerErrorKind.Unknown);
        await using var restarted = rig.NewBroker();
        var found = (await restarted.FindSentOrderAsync(order, CancellationToken.None)).Value.ShouldNotBeNull();

        found.OrderId.ShouldBe(order.Id);
        found.Fills.ShouldHaveSingleItem().Quantity.ShouldBe(3m);
        rig.Server.Orders.Count(o => o.OrderNumber is not null).ShouldBe(1, "the order reached KIS once");
        (await restarted.FindSentOrderAsync(Order(OrderSide.Buy, 3), CancellationToken.None)).Value.ShouldBeNull("a second order of the same shape never reached KIS");
    }

    [Fact]
    public async Task After_a_restart_an_order_the_journal_holds_is_remembered_and_none_of_its_fills_is_told_again()
    {
        await using var rig = await KisBrokerRig.StartAsync();
        OrderSnapshot journaled;
        await using (var first = rig.NewBroker())
        {
            var order = Order(OrderSide.Buy, 4);
            var ack = await first.SubmitAsync(order, CancellationToken.None);
            await first.PollOnceAsync(CancellationToken.None);
            var fill = KisBrokerRig.Drain(first).OfType<OrderFilled>().Single().Fill;
            journaled = new OrderSnapshot(order, OrderStatus.Filled, fill.Quantity, fill.Price, 0m, ack.Value, null, Made);
        }
        await using var second = rig.NewBroker();
        second.Remember(journaled);
        await second.PollOnceAsync(CancellationToken.None);

        KisBrokerRig.Drain(second).ShouldBeEmpty();
        (await second.QueryOrderAsync(journaled.Request.Id, CancellationToken.None)).Value!.Status.ShouldBe(OrderStatus.Filled);
    }

    [Fact]
    public async Task An_account_query_that_fails_part_way_is_an_error_never_an_empty_account()
    {
        await using var rig = await KisBrokerRig.StartAsync();
        await using var broker = rig.NewBroker();
        rig.Server.Inject(FakeKisFault.PlainServerError("inquire-balance", times: 10));

        var account = await broker.QueryAccountAsync(CancellationToken.None);

        account.IsSuccess.ShouldBeFalse();
        account.Error!.Message.ShouldContain("cash");
    }

    [Fact]
    public async Task An_instrument_the_account_was_not_set_up_for_and_a_stop_order_are_refused_before_anything_is_sent()
    {
        await using var rig = await KisBrokerRig.StartAsync();
        await using var broker = rig.NewBroker();
        var other = new OrderRequest(new ClientOrderId("K-x"), new InstrumentId("KRX:000660"), OrderSide.Buy, OrderType.Market, 1, null, null,
            TimeInForce.Day, Made, new StrategyId("test"));

        (await broker.SubmitAsync(other, CancellationToken.None)).Error!.Kind.ShouldBe(BrokerErrorKind.InvalidRequest);
        (await broker.SubmitAsync(Order(OrderSide.Sell, 1, OrderType.Stop, stop: 70_000m), CancellationToken.None)).Error!.Message.ShouldContain("no stop orders");
        rig.Server.Orders.ShouldBeEmpty();
    }
}
