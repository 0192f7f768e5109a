using Ouroboros.Brokers.Kis.Common;
using Ouroboros.Brokers.Kis.Overseas;
using Ouroboros.Brokers.Kis.Tests.Http;
using Ouroboros.Core.Ports;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Brokers.Kis.Tests.Overseas;

public sealed class KisOverseasApiTests
{
    private const string Order = "/uapi/overseas-stock/v1/trading/order";
    private const string PresentBalance = "/uapi/overseas-stock/v1/trading/inquire-present-balance";

    [Fact]
    public async Task A_quote_is_asked_by_the_quote_code_and_read_in_the_exchange_currency()
    {
        using var host = new KisTestHost();
        host.Handler.On("/uapi/overseas-price/v1/quotations/price", KisBodies.OverseasPrice);

        var quote = (await host.Client.Overseas.GetPriceAsync(KisExchange.Nasdaq, "AAPL", CancellationToken.None)).ShouldSucceed();

        quote.Price.ShouldBe(151.25m);
        quote.BasePrice.ShouldBe(150m);
        quote.Decimals.ShouldBe(4);
        var seen = host.Handler.Uapi("/quotations/price").ShouldHaveSingleItem();
        seen.Query["EXCD"].ShouldBe("NAS");
        seen.Query["SYMB"].ShouldBe("AAPL");
        seen.Header("tr_id").ShouldBe("HHDFS00000300");
    }

    [Theory]
    [InlineData(KisEnvironment.Vts, "VTTT1001U")]
    [InlineData(KisEnvironment.Real, "TTTT1006U")]
    public async Task A_us_sell_uses_the_tr_of_its_environment(KisEnvironment environment, string trId)
    {
        using var host = new KisTestHost(environment);
        host.Handler.On(Order, KisBodies.OverseasOrderAccepted);

        var ack = await host.Client.Overseas.PlaceOrderAsync(new OverseasOrderRequest(KisExchange.Nyse, "IBM", OrderSide.Sell, 2, 145m), CancellationToken.None);

        ack.ShouldSucceed().OrderNumber.ShouldBe("0030138295");
        var seen = host.Handler.Uapi(Order).ShouldHaveSingleItem();
        seen.Header("tr_id").ShouldBe(trId);
        seen.Json().GetProperty("OVRS_EXCG_CD").GetString().ShouldBe("NYSE");
        seen.Json().GetProperty("SLL_TYPE").GetString().ShouldBe("00");
        seen.Json().GetProperty("OVRS_ORD_UNPR").GetString().ShouldBe("145");
    }

    [Fact]
    public async Task A_tokyo_buy_uses_the_tokyo_tr_and_the_order_code()
    {
        using var host = new KisTestHost(KisEnvironment.Real);
        host.Handler.On(Order, KisBodies.OverseasOrderAccepted);

        await host.Client.Overseas.PlaceOrderAsync(new OverseasOrderRequest(KisExchange.Tokyo, "7203", OrderSide.Buy, 100, 2500m), CancellationToken.None);

        var seen = host.Handler.Uapi(Order).ShouldHaveSingleItem();
        seen.Header("tr_id").ShouldBe("TTTS0308U");
        seen.Json().GetProperty("OVRS_EXCG_CD").GetString().ShouldBe("TKSE");
        seen.Json().GetProperty("ORD_DVSN").GetString().ShouldBe("00");
    }

    [Fact]
    public async Task A_market_order_is_sent_as_a_limit_at_the_price_the_caller_gives()
    {
        using var host = new KisTestHost();
        host.Handler.On(Order, KisBodies.OverseasOrderAccepted);

        await host.Client.Overseas.PlaceOrderAsync(
            new OverseasOrderRequest(KisExchange.Nasdaq, "AAPL", OrderSide.Buy, 1, 160.5m, OverseasOrderType.MarketAsLimit), CancellationToken.None);

        var body = host.Handler.Uapi(Order).ShouldHaveSingleItem().Json();
        body.GetProperty("ORD_DVSN").GetString().ShouldBe("00");
        body.GetProperty("OVRS_ORD_UNPR").GetString().ShouldBe("160.5");
    }

    [Theory]
    [InlineData(KisEnvironment.Vts, "NASD", OrderSide.Sell, OverseasOrderType.MarketOnClose, "only limit orders")]
    [InlineData(KisEnvironment.Real, "NASD", OrderSide.Buy, OverseasOrderType.MarketOnOpen, "does not take")]
    [InlineData(KisEnvironment.Real, "TKSE", OrderSide.Buy, OverseasOrderType.LimitOnClose, "does not take")]
    [InlineData(KisEnvironment.Real, "SEHK", OrderSide.Buy, OverseasOrderType.OddLotLimit, "does not take")]
    public async Task Order_types_a_market_or_vts_does_not_allow_are_refused_before_sending(KisEnvironment environment, string exchange, OrderSide side,
        OverseasOrderType type, string reason)
    {
        using var host = new KisTestHost(environment);
        var price = OverseasOrderRules.NeedsPrice(type) ? 100m : (decimal?)null;

        var result = await host.Client.Overseas.PlaceOrderAsync(new OverseasOrderRequest(KisExchange.FromCode(exchange)!, "X", side, 1, price, type), CancellationToken.None);

        result.ShouldFail(BrokerErrorKind.InvalidRequest).Message.ShouldContain(reason);
        host.Handler.Requests.ShouldBeEmpty();
    }

    [Fact]
    public void Us_on_open_and_on_close_types_and_hong_kong_odd_lots_are_allowed_on_the_real_host()
    {
        OverseasOrderRules.Problem(new OverseasOrderRequest(KisExchange.Nasdaq, "AAPL", OrderSide.Sell, 1, null, OverseasOrderType.MarketOnClose), KisEnvironment.Real).ShouldBeNull();
        OverseasOrderRules.Problem(new OverseasOrderRequest(KisExchange.Amex, "SPY", OrderSide.Buy, 1, 500m, OverseasOrderType.LimitOnOpen), KisEnvironment.Real).ShouldBeNull();
        OverseasOrderRules.Problem(new OverseasOrderRequest(KisExchange.HongKong, "00700", OrderSide.Sell, 50, 300m, OverseasOrderType.OddLotLimit), KisEnvironment.Real).ShouldBeNull();
        OverseasOrderRules.Problem(new OverseasOrderRequest(KisExchange.Krx, "005930", OrderSide.Buy, 1, 70000m), KisEnvironment.Real).ShouldNotBeNull();
    }

    [Fact]
    public async Task On_vts_the_present_balance_knows_only_its_totals_and_cash_per_currency_is_unknown()
    {
        using var host = new KisTestHost();
        host.Handler.On(PresentBalance, """
            {"rt_cd":"0","msg_cd":"20310000","msg1":"모의투자 조회가 완료되었습니다.","output1":[],"output2":[],
             "output3":{"pchs_amt_smtl":"0","evlu_amt_smtl":"0","evlu_pfls_amt_smtl":"0","dncl_amt":"1000000","tot_asst_amt":"1000000","frcr_use_psbl_amt":"750.25"}}
            """);

        var balance = (await host.Client.Overseas.GetPresentBalanceAsync(CancellationToken.None)).ShouldSucceed();
        balance.HoldingsAndCashKnown.ShouldBeFalse();
        balance.Totals!.TotalAssets.ShouldBe(1000000m);
        balance.Totals.ForeignUsable.ShouldBe(750.25m);
        host.Handler.Uapi("inquire-present-balance").ShouldHaveSingleItem().Header("tr_id").ShouldBe("VTRP6504R");

        (await host.Client.Overseas.GetCashAsync(CancellationToken.None)).ShouldFail(BrokerErrorKind.Unknown).Message.ShouldContain("VTS");
    }

    [Fact]
    public async Task On_the_real_host_cash_is_read_per_currency()
    {
        using var host = new KisTestHost(KisEnvironment.Real);
        host.Handler.On(PresentBalance, """
            {"rt_cd":"0","msg_cd":"KIOK0510","msg1":"조회가 완료되었습니다",
             "output1":[{"prdt_name":"애플","pdno":"AAPL","ccld_qty_smtl1":"2.00000000","ord_psbl_qty1":"2.00000000","avg_unpr3":"145.00000000","buy_crcy_cd":"USD","ovrs_excg_cd":"NASD"}],
             "output2":[{"crcy_cd":"USD","frcr_dncl_amt_2":"1234.56","frcr_drwg_psbl_amt_1":"1200.00","frst_bltn_exrt":"1380.50"},
                        {"crcy_cd":"JPY","frcr_dncl_amt_2":"50000","frcr_drwg_psbl_amt_1":"50000","frst_bltn_exrt":"9.10"}],
             "output3":{"tot_asst_amt":"12000000"}}
            """);

        var cash = (await host.Client.Overseas.GetCashAsync(CancellationToken.None)).ShouldSucceed();

        cash.Select(c => (c.Currency, c.Deposit)).ShouldBe([(Currency.USD, 1234.56m), (Currency.JPY, 50000m)]);
    }

    [Fact]
    public async Task Real_only_overseas_queries_are_refused_on_vts_without_calling()
    {
        using var host = new KisTestHost();

        (await host.Client.Overseas.GetPriceDetailAsync(KisExchange.Nasdaq, "AAPL", CancellationToken.None)).ShouldFail(BrokerErrorKind.InvalidRequest);
        (await host.Client.Overseas.GetOpenOrdersAsync(KisExchange.Nasdaq, CancellationToken.None)).ShouldFail(BrokerErrorKind.InvalidRequest);
        (await host.Client.Overseas.GetUpDownRankingAsync(KisExchange.Nasdaq, rising: true, CancellationToken.None)).ShouldFail(BrokerErrorKind.InvalidRequest);
        (await host.Client.Overseas.GetTradeVolumeRankingAsync(KisExchange.Nasdaq, CancellationToken.None)).ShouldFail(BrokerErrorKind.InvalidRequest);
        host.Handler.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task Order_history_asks_all_with_percent_on_the_real_host_and_blank_on_vts()
    {
        const string body = """{"rt_cd":"0","msg_cd":"20310000","msg1":"ok","ctx_area_fk200":"","ctx_area_nk200":"","output":[{"ord_dt":"20260709","odno":"0030138295","pdno":"AAPL","sll_buy_dvsn_cd":"02","ft_ord_qty":"1","ft_ccld_qty":"1","ft_ccld_unpr3":"145.00000000","nccs_qty":"0","ovrs_excg_cd":"NASD","prcs_stat_name":"완료"}]}""";
        var day = new DateOnly(2026, 7, 9);
        foreach (var (environment, all) in new[] { (KisEnvironment.Real, "%"), (KisEnvironment.Vts, "") })
        {
            using var host = new KisTestHost(environment);
            host.Handler.On("/uapi/overseas-stock/v1/trading/inquire-ccnl", body);

            var orders = (await host.Client.Overseas.GetOrdersAsync(new OverseasOrdersQuery(day, day), CancellationToken.None)).ShouldSucceed();

            orders.ShouldHaveSingleItem().FillPrice.ShouldBe(145m);
            var seen = host.Handler.Uapi("inquire-ccnl").ShouldHaveSingleItem();
            seen.Query["PDNO"].ShouldBe(all);
            seen.Query["OVRS_EXCG_CD"].ShouldBe(all);
        }
    }

    [Fact]
    public async Task A_cancel_uses_the_one_modify_cancel_tr_with_a_zero_price()
    {
        using var host = new KisTestHost();
        host.Handler.On("/uapi/overseas-stock/v1/trading/order-rvsecncl", KisBodies.OverseasOrderAccepted);

        (await host.Client.Overseas.CancelOrderAsync(KisExchange.HongKong, "00700", "0030138295", 100, CancellationToken.None)).ShouldSucceed();

        var seen = host.Handler.Uapi("order-rvsecncl").ShouldHaveSingleItem();
        seen.Header("tr_id").ShouldBe("VTTT1004U");
        seen.Json().GetProperty("RVSE_CNCL_DVSN_CD").GetString().ShouldBe("02");
        seen.Json().GetProperty("OVRS_ORD_UNPR").GetString().ShouldBe("0");
        seen.Json().GetProperty("OVRS_EXCG_CD").GetString().ShouldBe("SEHK");
    }
}
