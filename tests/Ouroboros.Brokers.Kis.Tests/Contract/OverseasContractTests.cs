using Ouroboros.Brokers.Kis.Common;
using Ouroboros.Brokers.Kis.Overseas;
using Ouroboros.Brokers.Kis.Tests.FakeServer;
using Ouroboros.Brokers.Kis.Tests.Http;
using Ouroboros.Core.Ports;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Primitives;
using Ouroboros.Fakes.Kis;

namespace Ouroboros.Brokers.Kis.Tests.Contract;

/// <summary>kis-openapi.md §6 through the real client against the fake: quotes, bars, balances, orders per market, rankings.</summary>
public sealed class OverseasContractTests
{
    private static readonly DateOnly UsToday = new(2026, 7, 9);

    private static Task<KisContractHost> StartAsync(FakeKisHost host) =>
        KisContractHost.StartAsync(host, KisFakeHarness.UsMorning, [new FakeKisHolding("AAPL", 2, 145m, "NASD", "애플")]);

    private static OverseasOrderRequest Limit(KisExchange exchange, string symbol, OrderSide side, decimal quantity, decimal price) =>
        new(exchange, symbol, side, quantity, price);

    [Theory]
    [InlineData(FakeKisHost.Real)]
    [InlineData(FakeKisHost.Vts)]
    public async Task The_price_is_asked_by_quote_code_and_read_in_dollars(FakeKisHost host)
    {
        await using var kis = await StartAsync(host);
        var quote = (await kis.DriveAsync(() => kis.Client.Overseas.GetPriceAsync(KisExchange.Nasdaq, "AAPL", default))).ShouldSucceed();
        (quote.Price, quote.BasePrice, quote.Change, quote.ChangePercent).ShouldBe((151.25m, 150m, 1.25m, 0.83m));
        kis.Server.Requests[^1].QueryString.ShouldContain("EXCD=NAS");
        (await kis.DriveAsync(() => kis.Client.Overseas.GetPriceAsync(KisExchange.Nyse, "AAPL", default))).ShouldFail(BrokerErrorKind.Rejected);
    }

    [Theory]
    [InlineData(FakeKisHost.Real)]
    [InlineData(FakeKisHost.Vts)]
    public async Task Daily_bars_page_back_with_KEYB_and_lose_no_day_at_the_seams(FakeKisHost host)
    {
        await using var kis = await StartAsync(host);
        var start = new DateTime(2026, 1, 1);
        kis.Server.AddDailyBars("AAPL", Enumerable.Range(0, 150).Select(i => new FakeKisBar(start.AddDays(i), 100, 101, 99, 100 + i, 1_000 + i)));
        var bars = (await kis.DriveAsync(() => kis.Client.Overseas.GetDailyBarsAsync(KisExchange.Nasdaq, "AAPL", new DateOnly(2026, 1, 1), UsToday, default))).ShouldSucceed();
        bars.Select(b => b.Date).ShouldBe(Enumerable.Range(0, 150).Select(i => new DateOnly(2026, 1, 1).AddDays(i)));
        bars[^1].Close.ShouldBe(249m);
        bars[^1].Volume.ShouldBe(1_149m);
        kis.RequestsTo("dailyprice").ShouldBe(2);
    }

    [Fact]
    public async Task Price_detail_open_orders_and_rankings_answer_on_the_real_host()
    {
        await using var kis = await StartAsync(FakeKisHost.Real);
        var detail = (await kis.DriveAsync(() => kis.Client.Overseas.GetPriceDetailAsync(KisExchange.Nasdaq, "AAPL", default))).ShouldSucceed();
        detail.Last.ShouldBe(151.25m);
        var rise = (await kis.DriveAsync(() => kis.Client.Overseas.GetUpDownRankingAsync(KisExchange.Nasdaq, rising: true, default))).ShouldSucceed();
        rise[0].Symbol.ShouldBe("AAPL");
        rise[0].Price.ShouldBe(151.25m);
        (await kis.DriveAsync(() => kis.Client.Overseas.GetTradeVolumeRankingAsync(KisExchange.Nasdaq, default))).ShouldSucceed().Select(r => r.Symbol).ShouldContain("AAPL");

        var resting = (await kis.DriveAsync(() => kis.Client.Overseas.PlaceOrderAsync(Limit(KisExchange.Nasdaq, "AAPL", OrderSide.Buy, 3, 140m), default))).ShouldSucceed();
        var open = (await kis.DriveAsync(() => kis.Client.Overseas.GetOpenOrdersAsync(KisExchange.Nasdaq, default))).ShouldSucceed();
        var row = open.ShouldHaveSingleItem();
        (row.OrderNumber, row.Symbol, row.OrderQuantity, row.UnfilledQuantity, row.OrderPrice).ShouldBe((resting.OrderNumber, "AAPL", 3m, 3m, 140m));
    }

    [Fact]
    public async Task Real_only_lookups_are_refused_on_VTS_without_a_call()
    {
        await using var kis = await StartAsync(FakeKisHost.Vts);
        (await kis.DriveAsync(() => kis.Client.Overseas.GetPriceDetailAsync(KisExchange.Nasdaq, "AAPL", default))).ShouldFail(BrokerErrorKind.InvalidRequest);
        (await kis.DriveAsync(() => kis.Client.Overseas.GetOpenOrdersAsync(KisExchange.Nasdaq, default))).ShouldFail(BrokerErrorKind.InvalidRequest);
        (await kis.DriveAsync(() => kis.Client.Overseas.GetUpDownRankingAsync(KisExchange.Nasdaq, rising: false, default))).ShouldFail(BrokerErrorKind.InvalidRequest);
        (await kis.DriveAsync(() => kis.Client.Overseas.GetTradeVolumeRankingAsync(KisExchange.Nasdaq, default))).ShouldFail(BrokerErrorKind.InvalidRequest);
        (await kis.DriveAsync(() => kis.Client.Overseas.GetCashAsync(default))).ShouldFail(BrokerErrorKind.Unknown);
        kis.Server.Requests.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(FakeKisHost.Real)]
    [InlineData(FakeKisHost.Vts)]
    public async Task The_balance_lists_the_holding_in_its_currency(FakeKisHost host)
    {
        await using var kis = await StartAsync(host);
        var balance = (await kis.DriveAsync(() => kis.Client.Overseas.GetBalanceAsync(KisExchange.Nasdaq, default))).ShouldSucceed();
        var aapl = balance.Holdings.ShouldHaveSingleItem();
        (aapl.Symbol, aapl.Quantity, aapl.AveragePrice, aapl.CurrentPrice, aapl.Currency).ShouldBe(("AAPL", 2m, 145m, 151.25m, (Currency?)Currency.USD));
    }

    [Fact]
    public async Task The_present_balance_on_the_real_host_has_holdings_cash_and_totals()
    {
        await using var kis = await StartAsync(FakeKisHost.Real);
        kis.Server.SetExchangeRate("USD", 1_400m);
        var present = (await kis.DriveAsync(() => kis.Client.Overseas.GetPresentBalanceAsync(default))).ShouldSucceed();
        present.HoldingsAndCashKnown.ShouldBeTrue();
        present.Holdings.ShouldHaveSingleItem().Quantity.ShouldBe(2m);
        present.Cash.Single(c => c.Currency == Currency.USD).Deposit.ShouldBe(100_000m);
        present.Totals.ShouldNotBeNull();
        var cash = (await kis.DriveAsync(() => kis.Client.Overseas.GetCashAsync(default))).ShouldSucceed();
        cash.Single(c => c.Currency == Currency.USD).Deposit.ShouldBe(100_000m);
    }

    [Fact]
    public async Task The_present_balance_on_VTS_is_totals_only_and_says_so()
    {
        await using var kis = await StartAsync(FakeKisHost.Vts);
        kis.Server.SetExchangeRate("USD", 1_400m);
        var present = (await kis.DriveAsync(() => kis.Client.Overseas.GetPresentBalanceAsync(default))).ShouldSucceed();
        present.HoldingsAndCashKnown.ShouldBeFalse();
        present.Holdings.ShouldBeEmpty();
        present.Cash.ShouldBeEmpty();
        present.Totals.ShouldNotBeNull().PurchaseTotal.ShouldBe(2 * 145m * 1_400m);
    }

    [Theory]
    [InlineData(FakeKisHost.Real)]
    [InlineData(FakeKisHost.Vts)]
    public async Task The_buyable_amount_is_in_the_exchanges_currency(FakeKisHost host)
    {
        await using var kis = await StartAsync(host);
        var buyable = (await kis.DriveAsync(() => kis.Client.Overseas.GetBuyableAsync(KisExchange.Nasdaq, "AAPL", 150m, default))).ShouldSucceed();
        buyable.Currency.ShouldBe(Currency.USD);
        buyable.MaxQuantity.ShouldBe(decimal.Floor(100_000m / 150m));
    }

    public static TheoryData<FakeKisHost, string, string, string, decimal> Markets()
    {
        var data = new TheoryData<FakeKisHost, string, string, string, decimal>();
        foreach (var host in new[] { FakeKisHost.Real, FakeKisHost.Vts })
        {
            data.Add(host, "NASD", "AAPL", "AAPL", 151.25m);
            data.Add(host, "NYSE", "IBM", "IBM", 250m);
            data.Add(host, "AMEX", "SPY", "SPY", 600m);
            data.Add(host, "TKSE", "7203", "Toyota", 2_500m);
            data.Add(host, "SEHK", "00700", "Tencent", 400m);
            data.Add(host, "SHAA", "600519", "Moutai", 1_500m);
            data.Add(host, "SZAA", "000001", "Ping An Bank", 10m);
            data.Add(host, "VNSE", "VNM", "Vinamilk", 60_000m);
            data.Add(host, "HASE", "SHB", "SHB", 12_000m);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Markets))]
    public async Task Each_market_takes_a_limit_buy_and_sell_under_its_own_TRs_and_history_lists_both(FakeKisHost host, string market, string symbol, string name, decimal price)
    {
        await using var kis = await StartAsync(host);
        kis.Server.EnforceSessionHours = false;
        var exchange = KisExchange.FromCode(market).ShouldNotBeNull();
        kis.Server.DefineSymbol(symbol, name, exchange.QuoteCode);
        kis.Server.SetPrice(symbol, price);
        var held = kis.Server.Holding(kis.Cano, symbol, market);
        var buy = (await kis.DriveAsync(() => kis.Client.Overseas.PlaceOrderAsync(Limit(exchange, symbol, OrderSide.Buy, 10, price), default))).ShouldSucceed();
        kis.Server.Order(buy.OrderNumber).ShouldNotBeNull().Filled.ShouldBe(10m);
        var sell = (await kis.DriveAsync(() => kis.Client.Overseas.PlaceOrderAsync(Limit(exchange, symbol, OrderSide.Sell, 4, price), default))).ShouldSucceed();
        kis.Server.Order(sell.OrderNumber).ShouldNotBeNull().Filled.ShouldBe(4m);
        kis.Server.Holding(kis.Cano, symbol, market).ShouldBe(held + 6m);
        var (buyTr, sellTr) = KisTrIds.OverseasOrder(exchange);
        var sent = kis.Server.Orders.Select(o => o.TrId).ToList();
        sent[0].ShouldBe(KisTrIds.For(buyTr, kis.IsVts ? KisEnvironment.Vts : KisEnvironment.Real));
        if (kis.IsVts && exchange.IsUs) sent[1].ShouldBe("VTTT1001U");
        else sent[1].ShouldBe(KisTrIds.For(sellTr, kis.IsVts ? KisEnvironment.Vts : KisEnvironment.Real));

        var history = (await kis.DriveAsync(() => kis.Client.Overseas.GetOrdersAsync(new OverseasOrdersQuery(UsToday.AddDays(-1), UsToday.AddDays(1)), default))).ShouldSucceed();
        var bought = history.Single(r => r.OrderNumber == buy.OrderNumber);
        (bought.Symbol, bought.Side, bought.OrderQuantity, bought.FilledQuantity, bought.FillPrice).ShouldBe((symbol, (OrderSide?)OrderSide.Buy, 10m, (decimal?)10m, (decimal?)price));
        (bought.OrderDate, bought.UnfilledQuantity, bought.OrderPrice, bought.ExchangeCode).ShouldBe(((DateOnly?)UsToday, (decimal?)0m, (decimal?)price, market));
        history.Single(r => r.OrderNumber == sell.OrderNumber).Side.ShouldBe(OrderSide.Sell);
    }

    [Theory]
    [InlineData(FakeKisHost.Real)]
    [InlineData(FakeKisHost.Vts)]
    public async Task A_resting_order_is_modified_then_cancelled(FakeKisHost host)
    {
        await using var kis = await StartAsync(host);
        var buy = (await kis.DriveAsync(() => kis.Client.Overseas.PlaceOrderAsync(Limit(KisExchange.Nasdaq, "AAPL", OrderSide.Buy, 5, 140m), default))).ShouldSucceed();
        var modify = (await kis.DriveAsync(() => kis.Client.Overseas.ModifyOrderAsync(KisExchange.Nasdaq, "AAPL", buy.OrderNumber, 5, 141m, default))).ShouldSucceed();
        var live = kis.Server.Order(buy.OrderNumber)!.ReplacedBy ?? buy.OrderNumber;
        live.ShouldBe(modify.OrderNumber);
        (await kis.DriveAsync(() => kis.Client.Overseas.CancelOrderAsync(KisExchange.Nasdaq, "AAPL", live, 5, default))).ShouldSucceed();
        kis.Server.Order(live).ShouldNotBeNull().Cancelled.ShouldBe(5m);
        kis.Server.Cash(kis.Cano, "USD").ShouldBe(100_000m);
    }
}
