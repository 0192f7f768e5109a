using Ouroboros.Fakes.Kis;

namespace Ouroboros.Brokers.Kis.Tests.FakeServer;

/// <summary>§9 points 7 and 9 (domestic orders): validation, fills, cash and holdings, cancel and modify.</summary>
public sealed class FakeKisDomesticOrderTests
{
    private const string Change = "/uapi/domestic-stock/v1/trading/order-rvsecncl";

    private static async Task<KisFakeHarness> StartAsync(FakeKisHost host = FakeKisHost.Vts, DateTimeOffset? now = null)
    {
        var kis = await KisFakeHarness.StartAsync(host, now, holdings: [new FakeKisHolding("005930", 10, 70_000m, Name: "삼성전자")]);
        kis.Server.VtsRequestsPerSecond = 1_000;
        kis.Server.SetBasePrice("005930", 72_000m);
        kis.Server.SetPrice("005930", 71_900m);
        return kis;
    }

    [Fact]
    public async Task A_market_buy_fills_at_the_current_price_and_moves_cash_and_holdings()
    {
        await using var kis = await StartAsync();
        var placed = await kis.OrderAsync(FakeKisSide.Buy, "005930", 10, 0, "01");
        placed.RtCd.ShouldBe("0");
        placed.Msg1.ShouldBe("모의투자 매수주문이 완료 되었습니다.");
        var odno = placed.Field("output", "ODNO");
        odno.Length.ShouldBe(10);
        placed.Field("output", "KRX_FWDG_ORD_ORGNO").ShouldBe("00950");
        placed.Field("output", "ORD_TMD").ShouldBe("100000");
        kis.Server.Order(odno)!.Filled.ShouldBe(10);
        kis.Server.Cash(KisFakeHarness.VtsCano, "KRW").ShouldBe(10_000_000m - 719_000m);
        kis.Server.Holding(KisFakeHarness.VtsCano, "005930").ShouldBe(20);
        var execution = kis.Server.Executions.ShouldHaveSingleItem();
        execution.ShouldBe(new FakeKisExecution(odno, KisFakeHarness.VtsKey, KisFakeHarness.VtsCano + "-01", "KRX", "005930", FakeKisSide.Buy, 10, 71_900m, 0, KisFakeHarness.KrxMorning));
    }

    [Fact]
    public async Task A_limit_order_waits_until_the_price_crosses_it()
    {
        await using var kis = await StartAsync();
        var odno = (await kis.OrderAsync(FakeKisSide.Sell, "005930", 4, 72_500m)).Field("output", "ODNO");
        kis.Server.Order(odno)!.Filled.ShouldBe(0);
        kis.Server.SetPrice("005930", 72_400m);
        kis.Server.Order(odno)!.Filled.ShouldBe(0);
        kis.Server.SetPrice("005930", 72_600m);
        kis.Server.Order(odno)!.Filled.ShouldBe(4);
        kis.Server.Cash(KisFakeHarness.VtsCano, "KRW").ShouldBe(10_000_000m + 4 * 72_600m);
        kis.Server.Holding(KisFakeHarness.VtsCano, "005930").ShouldBe(6);
    }

    [Fact]
    public async Task Market_orders_can_wait_for_the_next_price()
    {
        await using var kis = await StartAsync();
        kis.Server.MarketOrderFill = FakeKisMarketOrderFill.OnNextPrice;
        var odno = (await kis.OrderAsync(FakeKisSide.Buy, "005930", 1, 0, "01")).Field("output", "ODNO");
        kis.Server.Order(odno)!.Filled.ShouldBe(0);
        kis.Server.SetPrice("005930", 72_000m);
        kis.Server.Order(odno)!.AverageFillPrice.ShouldBe(72_000m);
    }

    [Theory]
    [InlineData(71_950, "APBK0520")]
    [InlineData(93_700, "APBK0521")]
    [InlineData(50_300, "APBK0521")]
    public async Task Limit_prices_off_the_tick_grid_or_outside_the_band_are_rejected_with_HTTP_200(int price, string code)
    {
        await using var kis = await StartAsync();
        var answer = await kis.OrderAsync(FakeKisSide.Buy, "005930", 1, price);
        answer.Status.ShouldBe(System.Net.HttpStatusCode.OK);
        answer.RtCd.ShouldBe("1");
        answer.MsgCd.ShouldBe(code);
        kis.Server.Orders.ShouldHaveSingleItem().RejectCode.ShouldBe(code);
    }

    [Fact]
    public async Task VTS_refuses_order_divisions_beyond_04_and_venues_other_than_KRX_the_real_host_takes_them()
    {
        await using var vts = await StartAsync();
        (await vts.OrderAsync(FakeKisSide.Buy, "005930", 1, 71_900m, "05")).MsgCd.ShouldBe("APBK0506");
        var nxt = await vts.PostAsync("/uapi/domestic-stock/v1/trading/order-cash", "VTTC0012U", new Dictionary<string, string>
        {
            ["CANO"] = vts.Cano, ["ACNT_PRDT_CD"] = "01", ["PDNO"] = "005930", ["ORD_DVSN"] = "00", ["ORD_QTY"] = "1", ["ORD_UNPR"] = "71900", ["EXCG_ID_DVSN_CD"] = "NXT",
        });
        nxt.MsgCd.ShouldBe("APBK0507");
        await using var real = await StartAsync(FakeKisHost.Real);
        (await real.OrderAsync(FakeKisSide.Buy, "005930", 1, 71_900m, "11")).RtCd.ShouldBe("0");
    }

    [Fact]
    public async Task Too_little_cash_is_APBK0919_and_too_few_shares_APBK1234()
    {
        await using var kis = await StartAsync();
        (await kis.OrderAsync(FakeKisSide.Buy, "005930", 140, 71_900m)).MsgCd.ShouldBe("APBK0919");
        // A market buy reserves at the upper limit (93,600): 107 × 93,600 > 10,000,000.
        (await kis.OrderAsync(FakeKisSide.Buy, "005930", 107, 0, "01")).MsgCd.ShouldBe("APBK0919");
        (await kis.OrderAsync(FakeKisSide.Sell, "005930", 11, 71_900m)).MsgCd.ShouldBe("APBK1234");
        (await kis.OrderAsync(FakeKisSide.Sell, "005930", 6, 80_000m)).RtCd.ShouldBe("0");
        (await kis.OrderAsync(FakeKisSide.Sell, "005930", 5, 80_000m)).MsgCd.ShouldBe("APBK1234");
    }

    [Fact]
    public async Task Outside_KRX_hours_VTS_answers_40580000_unless_hours_are_not_enforced()
    {
        await using var kis = await StartAsync(now: KisFakeHarness.KrxMorning.AddHours(6));
        var closed = await kis.OrderAsync(FakeKisSide.Buy, "005930", 1, 71_900m);
        closed.Status.ShouldBe(System.Net.HttpStatusCode.OK);
        closed.MsgCd.ShouldBe("40580000");
        closed.Msg1.ShouldBe("모의투자 장종료 입니다.");
        kis.Server.EnforceSessionHours = false;
        (await kis.OrderAsync(FakeKisSide.Buy, "005930", 1, 71_900m)).RtCd.ShouldBe("0");
    }

    [Fact]
    public async Task KRX_is_closed_at_the_weekend_and_at_15_30()
    {
        await using var kis = await StartAsync(now: new DateTimeOffset(2026, 7, 11, 1, 0, 0, TimeSpan.Zero));
        (await kis.OrderAsync(FakeKisSide.Buy, "005930", 1, 71_900m)).MsgCd.ShouldBe("40580000");
        kis.Clock.SetUtcNow(new DateTimeOffset(2026, 7, 9, 6, 29, 59, TimeSpan.Zero));
        (await kis.OrderAsync(FakeKisSide.Buy, "005930", 1, 71_900m)).RtCd.ShouldBe("0");
        kis.Clock.SetUtcNow(new DateTimeOffset(2026, 7, 9, 6, 30, 0, TimeSpan.Zero));
        (await kis.OrderAsync(FakeKisSide.Buy, "005930", 1, 71_900m)).MsgCd.ShouldBe("40580000");
    }

    [Theory]
    [InlineData("VTTC0802U", FakeKisSide.Buy)]
    [InlineData("VTTC0801U", FakeKisSide.Sell)]
    public async Task The_old_TRs_are_still_accepted(string trId, FakeKisSide side)
    {
        await using var kis = await StartAsync();
        var answer = await kis.OrderAsync(side, "005930", 1, 71_900m, trId: trId);
        answer.RtCd.ShouldBe("0");
        kis.Server.Orders.ShouldHaveSingleItem().Side.ShouldBe(side);
    }

    [Fact]
    public async Task A_partial_fill_then_a_cancel_of_the_remaining_quantity()
    {
        await using var kis = await StartAsync();
        kis.Server.FillInParts = 2;
        var placed = await kis.OrderAsync(FakeKisSide.Buy, "005930", 10, 0, "01");
        var odno = placed.Field("output", "ODNO");
        kis.Server.Order(odno)!.Filled.ShouldBe(5);
        var cancel = await kis.PostAsync(Change, "VTTC0013U", new Dictionary<string, string>
        {
            ["CANO"] = kis.Cano, ["ACNT_PRDT_CD"] = "01", ["KRX_FWDG_ORD_ORGNO"] = "00950", ["ORGN_ODNO"] = odno, ["ORD_DVSN"] = "01",
            ["RVSE_CNCL_DVSN_CD"] = "02", ["ORD_QTY"] = "0", ["ORD_UNPR"] = "0", ["QTY_ALL_ORD_YN"] = "Y", ["EXCG_ID_DVSN_CD"] = "KRX",
        });
        cancel.RtCd.ShouldBe("0");
        cancel.Field("output", "odno").ShouldNotBe(odno);
        var state = kis.Server.Order(odno)!;
        (state.Filled, state.Cancelled, state.Remaining).ShouldBe((5m, 5m, 0m));
        kis.Server.SetPrice("005930", 71_000m);
        kis.Server.Order(odno)!.Filled.ShouldBe(5);
        kis.Server.Holding(KisFakeHarness.VtsCano, "005930").ShouldBe(15);
        kis.Server.Cash(KisFakeHarness.VtsCano, "KRW").ShouldBe(10_000_000m - 5 * 71_900m);
        var again = await kis.PostAsync(Change, "VTTC0803U", new Dictionary<string, string>
        {
            ["CANO"] = kis.Cano, ["ACNT_PRDT_CD"] = "01", ["ORGN_ODNO"] = odno, ["ORD_DVSN"] = "01", ["RVSE_CNCL_DVSN_CD"] = "02", ["QTY_ALL_ORD_YN"] = "Y",
        });
        again.MsgCd.ShouldBe("APBK0344");
    }

    [Fact]
    public async Task A_modify_replaces_the_remainder_by_a_new_order_at_the_new_price()
    {
        await using var kis = await StartAsync();
        var odno = (await kis.OrderAsync(FakeKisSide.Buy, "005930", 3, 70_000m)).Field("output", "ODNO");
        var modify = await kis.PostAsync(Change, "VTTC0013U", new Dictionary<string, string>
        {
            ["CANO"] = kis.Cano, ["ACNT_PRDT_CD"] = "01", ["KRX_FWDG_ORD_ORGNO"] = "00950", ["ORGN_ODNO"] = odno, ["ORD_DVSN"] = "00",
            ["RVSE_CNCL_DVSN_CD"] = "01", ["ORD_QTY"] = "3", ["ORD_UNPR"] = "72000", ["QTY_ALL_ORD_YN"] = "Y",
        });
        modify.RtCd.ShouldBe("0");
        var replacement = modify.Field("output", "odno");
        kis.Server.Order(odno)!.ReplacedBy.ShouldBe(replacement);
        kis.Server.Order(replacement)!.Filled.ShouldBe(3);
        kis.Server.Order(replacement)!.AverageFillPrice.ShouldBe(71_900m);
        kis.Server.Orders.Select(o => o.Kind).ShouldBe([FakeKisOrderKind.New, FakeKisOrderKind.Modify]);
    }

    [Fact]
    public async Task Account_inquiries_reflect_the_fills()
    {
        await using var kis = await StartAsync(FakeKisHost.Real);
        (await kis.OrderAsync(FakeKisSide.Buy, "005930", 10, 0, "01")).RtCd.ShouldBe("0");
        var balance = await kis.GetAsync("/uapi/domestic-stock/v1/trading/inquire-balance", "TTTC8434R", kis.Account());
        var row = balance.Output("output1")[0];
        row.GetProperty("hldg_qty").GetString().ShouldBe("20");
        row.GetProperty("pchs_amt").GetString().ShouldBe("1419000");
        row.GetProperty("thdt_buyqty").GetString().ShouldBe("10");
        balance.Output("output2")[0].GetProperty("dnca_tot_amt").GetString().ShouldBe("9281000");
        balance.Output("output2")[0].GetProperty("thdt_buy_amt").GetString().ShouldBe("719000");
        var buyable = await kis.GetAsync("/uapi/domestic-stock/v1/trading/inquire-psbl-order", "TTTC8908R",
            kis.Account(("PDNO", "005930"), ("ORD_UNPR", "71900"), ("ORD_DVSN", "00")));
        buyable.Field("output", "nrcvb_buy_qty").ShouldBe("129");
        var sellable = await kis.GetAsync("/uapi/domestic-stock/v1/trading/inquire-psbl-sell", "TTTC8408R", kis.Account(("PDNO", "005930")));
        sellable.Field("output", "ord_psbl_qty").ShouldBe("20");
        (await kis.OrderAsync(FakeKisSide.Sell, "005930", 3, 90_000m)).RtCd.ShouldBe("0");
        var open = await kis.GetAsync("/uapi/domestic-stock/v1/trading/inquire-psbl-rvsecncl", "TTTC0084R", kis.Account(("INQR_DVSN_1", "0"), ("INQR_DVSN_2", "0")));
        open.Output().EnumerateArray().ShouldHaveSingleItem().GetProperty("psbl_qty").GetString().ShouldBe("3");
        var fills = await kis.GetAsync("/uapi/domestic-stock/v1/trading/inquire-daily-ccld", "TTTC0081R",
            kis.Account(("INQR_STRT_DT", "20260709"), ("INQR_END_DT", "20260709"), ("CCLD_DVSN", "01")));
        fills.Output("output1").EnumerateArray().ShouldHaveSingleItem().GetProperty("tot_ccld_qty").GetString().ShouldBe("10");
    }
}
