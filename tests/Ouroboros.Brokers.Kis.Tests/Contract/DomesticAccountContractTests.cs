using System.Globalization;
using Ouroboros.Brokers.Kis.Domestic;
using Ouroboros.Brokers.Kis.Tests.Http;
using Ouroboros.Domain.Orders;
using Ouroboros.Fakes.Kis;

namespace Ouroboros.Brokers.Kis.Tests.Contract;

/// <summary>kis-openapi.md §5.4–§5.7 through the real client against the fake: balance, buyable, orders, fills.</summary>
public sealed class DomesticAccountContractTests
{
    private static FakeKisHolding[] Holdings(int count) =>
        [.. Enumerable.Range(0, count).Select(i => new FakeKisHolding((100_000 + i).ToString("D6", CultureInfo.InvariantCulture), 1 + i, 1_000m))];

    private static DomesticOrderRequest Limit(OrderSide side, decimal quantity, decimal price) => new("005930", side, quantity, DomesticOrderType.Limit, price);

    [Theory]
    [InlineData(FakeKisHost.Vts, 45, 3)]
    [InlineData(FakeKisHost.Real, 120, 3)]
    public async Task The_balance_comes_back_whole_over_every_page(FakeKisHost host, int holdings, int pages)
    {
        await using var kis = await KisContractHost.StartAsync(host, holdings: Holdings(holdings));
        var balance = (await kis.DriveAsync(() => kis.Client.Domestic.GetBalanceAsync(default))).ShouldSucceed();
        balance.Holdings.Count.ShouldBe(holdings);
        balance.Holdings.Select(h => h.Symbol).Distinct().Count().ShouldBe(holdings);
        balance.Holdings.Sum(h => h.Quantity).ShouldBe(holdings * (holdings + 1) / 2m);
        balance.Holdings.ShouldAllBe(h => h.AveragePrice == 1_000m);
        balance.Summary.ShouldNotBeNull().Deposit.ShouldBe(100_000_000m);
        kis.RequestsTo("inquire-balance").ShouldBe(pages);
        kis.Server.RateLimitRejections.ShouldBe(0);
    }

    [Theory]
    [InlineData(FakeKisHost.Real)]
    [InlineData(FakeKisHost.Vts)]
    public async Task The_buyable_amount_is_the_cash_at_the_price(FakeKisHost host)
    {
        await using var kis = await KisContractHost.StartAsync(host);
        var buyable = (await kis.DriveAsync(() => kis.Client.Domestic.GetBuyableAsync("005930", 71_900m, default))).ShouldSucceed();
        buyable.OrderableCash.ShouldBe(100_000_000m);
        buyable.BuyableQuantityWithoutMargin.ShouldBe(decimal.Floor(100_000_000m / 71_900m));
    }

    [Theory]
    [InlineData(FakeKisHost.Real)]
    [InlineData(FakeKisHost.Vts)]
    public async Task A_market_buy_fills_and_a_limit_sell_rests_until_cancelled(FakeKisHost host)
    {
        await using var kis = await KisContractHost.StartAsync(host, holdings: [new FakeKisHolding("005930", 10, 70_000m)]);
        var buy = (await kis.DriveAsync(() => kis.Client.Domestic.PlaceOrderAsync(new DomesticOrderRequest("005930", OrderSide.Buy, 3, DomesticOrderType.Market), default))).ShouldSucceed();
        kis.Server.Order(buy.OrderNumber).ShouldNotBeNull().Filled.ShouldBe(3m);
        kis.Server.Holding(kis.Cano, "005930").ShouldBe(13m);
        kis.Server.Orders[0].OrderDivision.ShouldBe("01");

        var sell = (await kis.DriveAsync(() => kis.Client.Domestic.PlaceOrderAsync(Limit(OrderSide.Sell, 5, 75_000m), default))).ShouldSucceed();
        sell.BranchNumber.ShouldNotBeNullOrWhiteSpace();
        kis.Server.Order(sell.OrderNumber).ShouldNotBeNull().Remaining.ShouldBe(5m);

        var cancel = (await kis.DriveAsync(() => kis.Client.Domestic.CancelOrderAsync(sell.BranchNumber, sell.OrderNumber, default))).ShouldSucceed();
        cancel.OrderNumber.ShouldNotBe(sell.OrderNumber);
        kis.Server.Order(sell.OrderNumber).ShouldNotBeNull().Cancelled.ShouldBe(5m);
        kis.Server.Holding(kis.Cano, "005930").ShouldBe(13m);
    }

    [Theory]
    [InlineData(FakeKisHost.Real)]
    [InlineData(FakeKisHost.Vts)]
    public async Task A_modified_order_rests_at_its_new_price_and_fills_there(FakeKisHost host)
    {
        await using var kis = await KisContractHost.StartAsync(host);
        var buy = (await kis.DriveAsync(() => kis.Client.Domestic.PlaceOrderAsync(Limit(OrderSide.Buy, 2, 70_000m), default))).ShouldSucceed();
        var modify = (await kis.DriveAsync(() => kis.Client.Domestic.ModifyOrderAsync(
            new DomesticModifyRequest(buy.BranchNumber, buy.OrderNumber, DomesticOrderType.Limit, 71_500m), default))).ShouldSucceed();
        kis.Server.Order(buy.OrderNumber).ShouldNotBeNull().ReplacedBy.ShouldBe(modify.OrderNumber);
        kis.Server.SetPrice("005930", 71_500m);
        var replaced = kis.Server.Order(modify.OrderNumber).ShouldNotBeNull();
        replaced.Filled.ShouldBe(2m);
        replaced.AverageFillPrice.ShouldBe(71_500m);
    }

    [Theory]
    [InlineData(FakeKisHost.Real)]
    [InlineData(FakeKisHost.Vts)]
    public async Task An_order_off_the_tick_grid_is_refused_before_sending(FakeKisHost host)
    {
        await using var kis = await KisContractHost.StartAsync(host);
        (await kis.DriveAsync(() => kis.Client.Domestic.PlaceOrderAsync(Limit(OrderSide.Buy, 1, 71_950m), default))).ShouldFail(Core.Ports.BrokerErrorKind.InvalidRequest);
        kis.Server.Orders.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(FakeKisHost.Vts, 18)]
    [InlineData(FakeKisHost.Real, 3)]
    public async Task The_days_orders_come_back_whole_over_every_page_with_their_fills(FakeKisHost host, int orders)
    {
        await using var kis = await KisContractHost.StartAsync(host);
        var numbers = new List<string>();
        for (var i = 0; i < orders; i++)
        {
            var price = 70_000m - (i * 100);
            numbers.Add((await kis.DriveAsync(() => kis.Client.Domestic.PlaceOrderAsync(Limit(OrderSide.Buy, 1, price), default))).ShouldSucceed().OrderNumber);
        }
        var filled = (await kis.DriveAsync(() => kis.Client.Domestic.PlaceOrderAsync(new DomesticOrderRequest("005930", OrderSide.Buy, 4, DomesticOrderType.Market), default))).ShouldSucceed();
        numbers.Add(filled.OrderNumber);

        var day = kis.KstToday;
        var records = (await kis.DriveAsync(() => kis.Client.Domestic.GetOrdersAsync(new DomesticOrdersQuery(day, day), default))).ShouldSucceed();
        records.Select(r => r.OrderNumber).Order().ShouldBe(numbers.Order());
        var market = records.Single(r => r.OrderNumber == filled.OrderNumber);
        market.FilledQuantity.ShouldBe(4m);
        market.AverageFillPrice.ShouldBe(71_900m);
        market.Side.ShouldBe(OrderSide.Buy);
        market.OrderDate.ShouldBe(day);
        records.Where(r => r.OrderNumber != filled.OrderNumber).ShouldAllBe(r => r.FilledQuantity == 0m && r.RemainingQuantity == 1m);
        kis.RequestsTo("inquire-daily-ccld").ShouldBe(kis.IsVts ? 2 : 1);
    }
}
