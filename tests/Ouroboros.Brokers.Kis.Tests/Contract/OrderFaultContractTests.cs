using Ouroboros.Brokers.Kis.Common;
using Ouroboros.Brokers.Kis.Domestic;
using Ouroboros.Brokers.Kis.Http;
using Ouroboros.Brokers.Kis.Overseas;
using Ouroboros.Brokers.Kis.Tests.FakeServer;
using Ouroboros.Brokers.Kis.Tests.Http;
using Ouroboros.Core.Ports;
using Ouroboros.Domain.Orders;
using Ouroboros.Fakes.Kis;

namespace Ouroboros.Brokers.Kis.Tests.Contract;

/// <summary>
/// Injected faults on orders (issue 11 items 10–11): an order is resent only when the host said it was not processed
/// (EGW00201); a lost answer is Unknown "unknown whether placed", and the day's orders then show what the fake applied.
/// </summary>
public sealed class OrderFaultContractTests
{
    private const string OrderCash = "order-cash";

    private static DomesticOrderRequest Buy(decimal price = 71_000m) => new("005930", OrderSide.Buy, 1, DomesticOrderType.Limit, price);

    private static async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        for (var waited = TimeSpan.Zero; !condition(); waited += TimeSpan.FromMilliseconds(20))
        {
            if (waited > TimeSpan.FromSeconds(20)) throw new TimeoutException("gave up waiting for " + what);
            await Task.Delay(20);
        }
    }

    private static async Task<IReadOnlyList<DomesticOrderRecord>> DaysOrdersAsync(KisContractHost kis) =>
        (await kis.DriveAsync(() => kis.Client.Domestic.GetOrdersAsync(new DomesticOrdersQuery(kis.KstToday, kis.KstToday), default), TimeSpan.FromSeconds(10))).ShouldSucceed();

    [Theory]
    [InlineData(FakeKisHost.Vts)]
    [InlineData(FakeKisHost.Real)]
    public async Task A_rate_limited_order_is_resent_and_placed_exactly_once(FakeKisHost host)
    {
        await using var kis = await KisContractHost.StartAsync(host);
        kis.Server.Inject(FakeKisFault.RateLimited(OrderCash, times: 2));
        var ack = (await kis.DriveAsync(() => kis.Client.Domestic.PlaceOrderAsync(Buy(), default))).ShouldSucceed();
        kis.Server.Orders.ShouldHaveSingleItem().OrderNumber.ShouldBe(ack.OrderNumber);
        kis.RequestsTo(OrderCash).ShouldBe(3);
    }

    [Fact]
    public async Task A_timed_out_order_is_unknown_and_the_days_orders_find_it_once_the_host_applies_it()
    {
        await using var kis = await KisContractHost.StartAsync(FakeKisHost.Vts,
            settings: new KisClientSettings { RequestTimeout = TimeSpan.FromSeconds(30), UseHashKey = false });
        (await kis.DriveAsync(() => kis.Client.Auth.GetTokenAsync(default), TimeSpan.FromSeconds(10))).ShouldSucceed();
        kis.Server.Inject(FakeKisFault.Slow(OrderCash, TimeSpan.FromSeconds(2)));

        var error = (await kis.DriveAsync(() => kis.Client.Domestic.PlaceOrderAsync(Buy(), default))).ShouldFail(BrokerErrorKind.Unknown);
        error.Message.ShouldContain(KisPipeline.UnknownWhetherPlaced);

        // The host acts on it after the client gave up: the caller must look before sending again. (The fake records a
        // request when it has answered it, so the count is checked once the slow answer is done: sent once, never again.)
        await WaitUntilAsync(() => kis.Server.Orders.Count == 1, "the slow order to be applied");
        var placed = kis.Server.Orders[0].OrderNumber.ShouldNotBeNull();
        (await DaysOrdersAsync(kis)).ShouldHaveSingleItem().OrderNumber.ShouldBe(placed);
        await WaitUntilAsync(() => kis.RequestsTo(OrderCash) >= 1, "the slow order's request to be recorded");
        kis.RequestsTo(OrderCash).ShouldBe(1);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task An_order_applied_but_its_answer_lost_is_unknown_and_found_in_the_days_orders(bool abortConnection)
    {
        await using var kis = await KisContractHost.StartAsync(FakeKisHost.Vts);
        kis.Server.Inject(FakeKisFault.AppliedButAnswerLost(OrderCash, abortConnection));
        var error = (await kis.DriveAsync(() => kis.Client.Domestic.PlaceOrderAsync(Buy(), default))).ShouldFail(BrokerErrorKind.Unknown);
        error.Message.ShouldContain(KisPipeline.UnknownWhetherPlaced);
        var placed = kis.Server.Orders.ShouldHaveSingleItem().OrderNumber.ShouldNotBeNull();
        (await DaysOrdersAsync(kis)).ShouldHaveSingleItem().OrderNumber.ShouldBe(placed);
        kis.RequestsTo(OrderCash).ShouldBe(1);
    }

    [Fact]
    public async Task An_overseas_order_applied_but_its_answer_lost_is_unknown_and_found_in_the_history()
    {
        await using var kis = await KisContractHost.StartAsync(FakeKisHost.Vts, KisFakeHarness.UsMorning);
        kis.Server.Inject(FakeKisFault.AppliedButAnswerLost("/trading/order"));
        var order = new OverseasOrderRequest(KisExchange.Nasdaq, "AAPL", OrderSide.Buy, 2, 151.25m);
        (await kis.DriveAsync(() => kis.Client.Overseas.PlaceOrderAsync(order, default))).ShouldFail(BrokerErrorKind.Unknown);
        var placed = kis.Server.Orders.ShouldHaveSingleItem().OrderNumber.ShouldNotBeNull();
        var day = new DateOnly(2026, 7, 9);
        var history = (await kis.DriveAsync(() => kis.Client.Overseas.GetOrdersAsync(new OverseasOrdersQuery(day, day), default))).ShouldSucceed();
        history.ShouldHaveSingleItem().OrderNumber.ShouldBe(placed);
    }

    [Fact]
    public async Task A_plain_500_on_an_order_is_unknown_and_the_days_orders_show_it_was_not_placed()
    {
        await using var kis = await KisContractHost.StartAsync(FakeKisHost.Vts);
        kis.Server.Inject(FakeKisFault.PlainServerError(OrderCash));
        (await kis.DriveAsync(() => kis.Client.Domestic.PlaceOrderAsync(Buy(), default))).ShouldFail(BrokerErrorKind.Unknown).Message.ShouldContain(KisPipeline.UnknownWhetherPlaced);
        kis.RequestsTo(OrderCash).ShouldBe(1);
        kis.Server.Orders.ShouldBeEmpty();
        (await DaysOrdersAsync(kis)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Malformed_JSON_on_an_order_is_unknown_and_never_resent()
    {
        await using var kis = await KisContractHost.StartAsync(FakeKisHost.Vts);
        kis.Server.Inject(FakeKisFault.MalformedJson(OrderCash));
        (await kis.DriveAsync(() => kis.Client.Domestic.PlaceOrderAsync(Buy(), default))).ShouldFail(BrokerErrorKind.Unknown).Message.ShouldContain(KisPipeline.UnknownWhetherPlaced);
        kis.RequestsTo(OrderCash).ShouldBe(1);
    }

    [Fact]
    public async Task An_expired_token_on_an_order_is_an_auth_error_and_the_order_is_not_resent()
    {
        await using var kis = await KisContractHost.StartAsync(FakeKisHost.Vts);
        (await kis.DriveAsync(() => kis.Client.Auth.GetTokenAsync(default))).ShouldSucceed();
        kis.Clock.Advance(TimeSpan.FromMinutes(5));
        kis.Server.ExpireTokens();
        (await kis.DriveAsync(() => kis.Client.Domestic.PlaceOrderAsync(Buy(), default))).ShouldFail(BrokerErrorKind.Auth);
        kis.RequestsTo(OrderCash).ShouldBe(1);
        kis.Server.Orders.ShouldBeEmpty();
        // The next call gets a fresh token and the caller may send the order again.
        (await kis.DriveAsync(() => kis.Client.Domestic.PlaceOrderAsync(Buy(), default))).ShouldSucceed();
        kis.Server.Orders.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task A_VTS_key_on_the_real_host_is_an_auth_error_with_the_reason_before_any_order()
    {
        await using var kis = await KisContractHost.StartAsync(FakeKisHost.Real);
        var misconfigured = kis.NewClient(new InMemoryTokenStore(), KisEnvironment.Vts);
        var error = (await kis.DriveAsync(() => misconfigured.Domestic.PlaceOrderAsync(Buy(), default))).ShouldFail(BrokerErrorKind.Auth);
        error.Message.ShouldContain(KisPipeline.VtsKeyOnRealHostMessage);
        kis.Server.Orders.ShouldBeEmpty();
        kis.RequestsTo(OrderCash).ShouldBe(0);
    }
}
