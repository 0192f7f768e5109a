using System.Net;
using Ouroboros.Brokers.Kis.Common;
using Ouroboros.Brokers.Kis.Domestic;
using Ouroboros.Brokers.Kis.Tests.Http;
using Ouroboros.Core.Ports;
using Ouroboros.Domain.Orders;
using static Ouroboros.Brokers.Kis.Tests.Http.ScriptedKisHandler;

namespace Ouroboros.Brokers.Kis.Tests.Domestic;

public sealed class KisDomesticApiTests
{
    private const string Quotations = "/uapi/domestic-stock/v1/quotations/";
    private const string Trading = "/uapi/domestic-stock/v1/trading/";

    [Fact]
    public async Task The_price_is_read_with_its_limits_tick_and_status()
    {
        using var host = new KisTestHost();
        host.Handler.On(Quotations + "inquire-price", KisBodies.DomesticPrice);

        var quote = (await host.Client.Domestic.GetPriceAsync("005930", CancellationToken.None)).ShouldSucceed();

        quote.Price.ShouldBe(71900m);
        quote.ChangePercent.ShouldBe(-0.14m);
        quote.UpperLimit.ShouldBe(93600m);
        quote.LowerLimit.ShouldBe(50400m);
        quote.BasePrice.ShouldBe(72000m);
        quote.TickSize.ShouldBe(100m);
        quote.Status.StatusCode.ShouldBe("55");
        quote.Status.IsHalted.ShouldBeFalse();
    }

    [Fact]
    public async Task A_blank_field_is_null_not_zero_and_a_missing_price_is_an_error()
    {
        using var host = new KisTestHost();
        host.Handler.On(Quotations + "inquire-price",
            KisBodies.DomesticPrice.Replace("\"stck_mxpr\":\"93600\"", "\"stck_mxpr\":\"\"", StringComparison.Ordinal),
            KisBodies.DomesticPrice.Replace("\"stck_prpr\":\"71900\",", "", StringComparison.Ordinal));

        (await host.Client.Domestic.GetPriceAsync("005930", CancellationToken.None)).ShouldSucceed().UpperLimit.ShouldBeNull();
        (await host.Client.Domestic.GetPriceAsync("005930", CancellationToken.None)).ShouldFail(BrokerErrorKind.Unknown).Message.ShouldContain("stck_prpr");
    }

    [Fact]
    public async Task More_than_100_daily_bars_are_fetched_by_moving_the_end_date_back()
    {
        using var host = new KisTestHost();
        var to = new DateOnly(2026, 7, 9);
        var oldestOfFirst = to.AddDays(-99);
        host.Handler.On(Quotations + "inquire-daily-itemchartprice", KisBodies.DailyBars(to, 100), KisBodies.DailyBars(oldestOfFirst.AddDays(-1), 30));

        var bars = (await host.Client.Domestic.GetDailyBarsAsync("005930", to.AddDays(-150), to, CancellationToken.None)).ShouldSucceed();

        bars.Count.ShouldBe(130);
        bars[0].Date.ShouldBeLessThan(bars[^1].Date);
        var seen = host.Handler.Uapi("inquire-daily-itemchartprice");
        seen[0].Query["FID_INPUT_DATE_2"].ShouldBe("20260709");
        seen[1].Query["FID_INPUT_DATE_2"].ShouldBe(oldestOfFirst.AddDays(-1).ToString("yyyyMMdd"));
        seen[1].Query["FID_INPUT_DATE_1"].ShouldBe(to.AddDays(-150).ToString("yyyyMMdd"));
    }

    [Fact]
    public async Task A_bar_window_that_fails_on_its_second_call_is_unknown()
    {
        using var host = new KisTestHost();
        var to = new DateOnly(2026, 7, 9);
        host.Handler.On(Quotations + "inquire-daily-itemchartprice", Ok(KisBodies.DailyBars(to, 100), "D"), Reply(HttpStatusCode.BadGateway, "<html/>"));

        var result = await host.Client.Domestic.GetDailyBarsAsync("005930", to.AddDays(-300), to, CancellationToken.None);

        result.ShouldFail(BrokerErrorKind.Unknown).Message.ShouldStartWith("partial");
    }

    [Theory]
    [InlineData(71550, "tick grid")]
    [InlineData(1999.5, "tick grid")]
    [InlineData(93700, "±30%")]
    [InlineData(50300, "±30%")]
    public async Task An_off_tick_or_out_of_band_limit_is_refused_before_sending(double price, string reason)
    {
        using var host = new KisTestHost();
        var order = new DomesticOrderRequest("005930", OrderSide.Buy, 1, DomesticOrderType.Limit, (decimal)price) { ReferencePrice = 72000m };

        var result = await host.Client.Domestic.PlaceOrderAsync(order, CancellationToken.None);

        result.ShouldFail(BrokerErrorKind.InvalidRequest).Message.ShouldContain(reason);
        host.Handler.Requests.ShouldBeEmpty();
    }

    [Fact]
    public void Etf_prices_use_the_five_won_tick_and_stocks_the_krx_table()
    {
        DomesticOrderRules.PriceProblem(10_005m, null, exchangeTradedProduct: true).ShouldBeNull();
        DomesticOrderRules.PriceProblem(10_005m, null, exchangeTradedProduct: false).ShouldNotBeNull();
        DomesticOrderRules.PriceProblem(500_000m, null, exchangeTradedProduct: false).ShouldBeNull();
        DomesticOrderRules.PriceProblem(500_500m, null, exchangeTradedProduct: false).ShouldNotBeNull();
        DomesticOrderRules.PriceProblem(93_600m, 72_000m, exchangeTradedProduct: false).ShouldBeNull();
    }

    [Fact]
    public async Task A_limit_buy_is_sent_with_ord_dvsn_00_and_answered_with_branch_order_number_and_time()
    {
        using var host = new KisTestHost();
        host.Handler.On(Trading + "order-cash", KisBodies.VtsOrderAccepted);
        var order = new DomesticOrderRequest("005930", OrderSide.Buy, 10, DomesticOrderType.Limit, 71500m) { ReferencePrice = 72000m };

        var ack = (await host.Client.Domestic.PlaceOrderAsync(order, CancellationToken.None)).ShouldSucceed();

        ack.ShouldBe(new KisOrderAck("00950", "0000013903", new TimeOnly(9, 30, 12), "40600000", "모의투자 매수주문이 완료 되었습니다."));
        var body = host.Handler.Uapi("order-cash").ShouldHaveSingleItem().Json();
        body.GetProperty("ORD_DVSN").GetString().ShouldBe("00");
        body.GetProperty("CANO").GetString().ShouldBe("50123456");
        body.GetProperty("EXCG_ID_DVSN_CD").GetString().ShouldBe("KRX");
    }

    [Fact]
    public async Task A_market_sell_is_sent_with_ord_dvsn_01_a_zero_price_and_the_sell_tr()
    {
        using var host = new KisTestHost(KisEnvironment.Real);
        host.Handler.On(Trading + "order-cash", KisBodies.VtsOrderAccepted);

        await host.Client.Domestic.PlaceOrderAsync(new DomesticOrderRequest("005930", OrderSide.Sell, 3, DomesticOrderType.Market), CancellationToken.None);

        var seen = host.Handler.Uapi("order-cash").ShouldHaveSingleItem();
        seen.Header("tr_id").ShouldBe("TTTC0011U");
        seen.Json().GetProperty("ORD_DVSN").GetString().ShouldBe("01");
        seen.Json().GetProperty("ORD_UNPR").GetString().ShouldBe("0");
        seen.Json().GetProperty("SLL_TYPE").GetString().ShouldBe("01");
    }

    [Fact]
    public async Task A_cancel_of_everything_left_sends_qty_all_and_the_lower_case_answer_is_read()
    {
        using var host = new KisTestHost();
        host.Handler.On(Trading + "order-rvsecncl", """{"rt_cd":"0","msg_cd":"40600000","msg1":"모의투자 취소주문이 완료 되었습니다.","output":{"krx_fwdg_ord_orgno":"00950","odno":"0000013904","ord_tmd":"093500"}}""");

        var ack = (await host.Client.Domestic.CancelOrderAsync("00950", "0000013903", CancellationToken.None)).ShouldSucceed();

        ack.OrderNumber.ShouldBe("0000013904");
        var seen = host.Handler.Uapi("order-rvsecncl").ShouldHaveSingleItem();
        seen.Header("tr_id").ShouldBe("VTTC0013U");
        seen.Json().GetProperty("RVSE_CNCL_DVSN_CD").GetString().ShouldBe("02");
        seen.Json().GetProperty("QTY_ALL_ORD_YN").GetString().ShouldBe("Y");
        seen.Json().GetProperty("ORGN_ODNO").GetString().ShouldBe("0000013903");
    }

    [Fact]
    public async Task Rankings_and_the_holiday_check_are_refused_on_vts_without_calling()
    {
        using var host = new KisTestHost(KisEnvironment.Vts);

        (await host.Client.Domestic.GetVolumeRankingAsync(CancellationToken.None)).ShouldFail(BrokerErrorKind.InvalidRequest).Message.ShouldContain("not supported on the paper host");
        (await host.Client.Domestic.GetFluctuationRankingAsync(CancellationToken.None)).ShouldFail(BrokerErrorKind.InvalidRequest);
        (await host.Client.Domestic.GetDayAsync(new DateOnly(2026, 7, 9), CancellationToken.None)).ShouldFail(BrokerErrorKind.InvalidRequest);
        host.Handler.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_volume_ranking_is_read_in_rank_order_on_the_real_host()
    {
        using var host = new KisTestHost(KisEnvironment.Real);
        host.Handler.On(Quotations + "volume-rank", """
            {"rt_cd":"0","msg_cd":"MCA00000","msg1":"정상처리 되었습니다.",
             "output":[{"hts_kor_isnm":"삼성전자","mksc_shrn_iscd":"005930","data_rank":"1","stck_prpr":"71900","prdy_vrss_sign":"5","prdy_vrss":"-100","prdy_ctrt":"-0.14","acml_vol":"3052507","acml_tr_pbmn":"219853241700"}]}
            """);

        var rows = (await host.Client.Domestic.GetVolumeRankingAsync(CancellationToken.None)).ShouldSucceed();

        rows.ShouldHaveSingleItem().ShouldBe(new DomesticRankRow(1, "005930", "삼성전자", 71900m, -100m, -0.14m, 3052507m, 219853241700m));
        host.Handler.Uapi("volume-rank").ShouldHaveSingleItem().Query["FID_COND_SCR_DIV_CODE"].ShouldBe("20171");
    }

    [Fact]
    public async Task The_holiday_check_is_asked_at_most_once_a_day()
    {
        using var host = new KisTestHost(KisEnvironment.Real);
        const string days = """{"rt_cd":"0","msg_cd":"MCA00000","msg1":"정상처리 되었습니다.","output":[{"bass_dt":"20260709","wday_dvsn_cd":"05","bzdy_yn":"Y","tr_day_yn":"Y","opnd_yn":"Y","sttl_day_yn":"Y"},{"bass_dt":"20260711","wday_dvsn_cd":"07","bzdy_yn":"N","tr_day_yn":"N","opnd_yn":"N","sttl_day_yn":"N"}]}""";
        host.Handler.On(Quotations + "chk-holiday", days);

        (await host.Client.Domestic.GetDayAsync(new DateOnly(2026, 7, 9), CancellationToken.None)).ShouldSucceed().IsOpen.ShouldBe(true);
        (await host.Client.Domestic.GetDayAsync(new DateOnly(2026, 7, 11), CancellationToken.None)).ShouldSucceed().IsOpen.ShouldBe(false);
        host.Handler.Uapi("chk-holiday").Count.ShouldBe(1);

        host.Clock.Advance(TimeSpan.FromDays(1));
        await host.Client.Domestic.GetDayAsync(new DateOnly(2026, 7, 11), CancellationToken.None);
        host.Handler.Uapi("chk-holiday").Count.ShouldBe(2);
    }

    [Fact]
    public async Task Daily_orders_are_read_with_their_fills_using_the_recent_tr()
    {
        using var host = new KisTestHost();
        host.Handler.On(Trading + "inquire-daily-ccld", Ok("""
            {"rt_cd":"0","msg_cd":"20310000","msg1":"모의투자 조회가 완료되었습니다.","ctx_area_fk100":"","ctx_area_nk100":"",
             "output1":[{"ord_dt":"20260709","ord_gno_brno":"00950","odno":"0000013903","orgn_odno":"","ord_dvsn_cd":"00","sll_buy_dvsn_cd":"02",
               "pdno":"005930","prdt_name":"삼성전자","ord_qty":"10","ord_unpr":"71500","ord_tmd":"093012","tot_ccld_qty":"4","avg_prvs":"71500",
               "cncl_yn":"N","tot_ccld_amt":"286000","rmn_qty":"6","rjct_qty":"0"}],
             "output2":{"tot_ord_qty":"10","tot_ccld_qty":"4","tot_ccld_amt":"286000"}}
            """, "D"));
        var today = new DateOnly(2026, 7, 9);

        var orders = (await host.Client.Domestic.GetOrdersAsync(new DomesticOrdersQuery(today, today), CancellationToken.None)).ShouldSucceed();

        var order = orders.ShouldHaveSingleItem();
        order.Side.ShouldBe(OrderSide.Buy);
        order.FilledQuantity.ShouldBe(4m);
        order.RemainingQuantity.ShouldBe(6m);
        host.Handler.Uapi("inquire-daily-ccld").ShouldHaveSingleItem().Header("tr_id").ShouldBe("VTTC0081R");
    }
}
