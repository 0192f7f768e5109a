using Ouroboros.Core.Inbox;
using Ouroboros.Core.Ports;
using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Instruments;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Primitives;
using Ouroboros.Domain.Venues;
using Ouroboros.TestKit;

namespace Ouroboros.Brokers.Simulated.Tests;

/// <summary>
/// Paper trading on daily bars with rescans: an order sent while the day is in progress fills at the day's last price
/// so far, or waits for later days; the day's own bar (its open, its low, its high came before the order) never fills it.
/// </summary>
public sealed class RescanFillTests
{
    private static readonly Instrument A = GenericVenue.Instrument("A");
    private static readonly DateTimeOffset Day1 = new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Day2 = Day1.AddDays(1);
    private static readonly DateTimeOffset Day3 = Day1.AddDays(2);

    private static (SimulatedBroker Broker, Reports Reports) Broker()
    {
        var broker = new SimulatedBroker([A], [GenericVenue.Model(0m)], FillPolicy.NextOpen, BarInterval.OneDay, new FakeClock(Day1), 1_000_000m);
        var reports = new Reports();
        broker.Attach(reports, new Account());
        broker.OnSlice([KernelEvent.OfBar(0, new Bar(Day1, 100m, 101m, 99m, 100m, 1_000m))]);
        return (broker, reports);
    }

    /// <summary>Day 2 so far: opened at 90 (a gap down), ran to 112, last 110.</summary>
    private static PartialBar SoFar => new(0, new Bar(Day2, 90m, 112m, 89m, 110m, 500m), Day2.AddHours(3));

    private static OrderRequest Order(OrderSide side, OrderType type = OrderType.Market, decimal? limit = null, decimal? stop = null,
        TimeInForce tif = TimeInForce.GoodTillCancelled) =>
        new(new ClientOrderId("R-" + side + type + limit + stop + tif), A.Id, side, type, 10m, limit, stop, tif, Day1, new StrategyId("t"));

    [Fact]
    public async Task A_market_order_sent_at_a_rescan_fills_at_the_last_price_so_far_not_at_the_days_open()
    {
        var (broker, reports) = Broker();
        broker.OnPartialBars([SoFar]);

        await broker.SubmitAsync(Order(OrderSide.Buy), CancellationToken.None);

        reports.Fills.ShouldHaveSingleItem().Price.ShouldBe(110m, "the day opened at 90, but the order was sent when the price was 110");
    }

    [Fact]
    public async Task A_limit_the_last_price_does_not_reach_waits_and_the_days_own_bar_never_fills_it()
    {
        var (broker, reports) = Broker();
        broker.OnPartialBars([SoFar]);
        await broker.SubmitAsync(Order(OrderSide.Buy, OrderType.Limit, limit: 95m), CancellationToken.None);

        broker.OnSlice([KernelEvent.OfBar(0, new Bar(Day2, 90m, 112m, 89m, 111m, 900m))]);
        reports.Fills.ShouldBeEmpty("day 2's low of 89 came before the order");
        broker.OnSlice([KernelEvent.OfBar(0, new Bar(Day3, 97m, 98m, 94m, 96m, 900m))]);

        reports.Fills.ShouldHaveSingleItem().Price.ShouldBe(95m, "day 3 traded through the limit");
    }

    [Fact]
    public async Task A_marketable_limit_and_a_touched_stop_fill_at_the_last_price()
    {
        var (broker, reports) = Broker();
        broker.OnPartialBars([SoFar]);

        await broker.SubmitAsync(Order(OrderSide.Sell, OrderType.Limit, limit: 105m), CancellationToken.None);
        await broker.SubmitAsync(Order(OrderSide.Buy, OrderType.Stop, stop: 108m), CancellationToken.None);

        reports.Fills.Select(f => f.Price).ShouldBe([110m, 110m]);
    }

    [Fact]
    public async Task A_day_order_sent_at_a_rescan_that_the_rest_of_the_day_cannot_fill_expires_with_the_day()
    {
        var (broker, reports) = Broker();
        broker.OnPartialBars([SoFar]);
        await broker.SubmitAsync(Order(OrderSide.Buy, OrderType.Limit, limit: 95m, tif: TimeInForce.Day), CancellationToken.None);

        broker.OnSlice([KernelEvent.OfBar(0, new Bar(Day2, 90m, 112m, 89m, 111m, 900m))]);
        broker.OnSliceEnd(Day2);
        broker.OnSlice([KernelEvent.OfBar(0, new Bar(Day3, 94m, 96m, 93m, 95m, 900m))]);

        reports.Fills.ShouldBeEmpty();
        reports.Expired.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Once_the_days_bar_closed_the_period_orders_wait_for_the_next_open_again()
    {
        var (broker, reports) = Broker();
        broker.OnPartialBars([SoFar]);
        broker.OnSlice([KernelEvent.OfBar(0, new Bar(Day2, 90m, 112m, 89m, 111m, 900m))]);

        await broker.SubmitAsync(Order(OrderSide.Buy), CancellationToken.None);
        reports.Fills.ShouldBeEmpty("no period is in progress: the order waits for the next bar");
        broker.OnSlice([KernelEvent.OfBar(0, new Bar(Day3, 97m, 98m, 94m, 96m, 900m))]);

        reports.Fills.ShouldHaveSingleItem().Price.ShouldBe(97m);
    }

    private sealed class Reports : IExecutionReports
    {
        public List<Fill> Fills { get; } = [];
        public List<ClientOrderId> Expired { get; } = [];
        public void OnAccepted(ClientOrderId orderId, BrokerOrderId brokerOrderId) { }
        public void OnFill(Fill fill) => Fills.Add(fill);
        public void OnRejected(ClientOrderId orderId, string reason) => throw new InvalidOperationException($"rejected: {reason}");
        public void OnCancelled(ClientOrderId orderId, string reason) => throw new InvalidOperationException($"cancelled: {reason}");
        public void OnExpired(ClientOrderId orderId) => Expired.Add(orderId);
        public void OnQuantityResolved(ClientOrderId orderId, decimal quantity) { }
    }

    private sealed class Account : IAccountView
    {
        public decimal AvailableCash(Currency currency) => 1_000_000m;
        public decimal PositionOf(int instrument) => 1_000m;
    }
}
