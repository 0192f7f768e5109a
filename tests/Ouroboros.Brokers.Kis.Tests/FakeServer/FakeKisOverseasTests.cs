using Ouroboros.Fakes.Kis;

namespace Ouroboros.Brokers.Kis.Tests.FakeServer;

/// <summary>§9 point 8: overseas quotes, balances, orders per market, cancel, history, real-only lookups.</summary>
public sealed class FakeKisOverseasTests
{
    private const string Quotes = "/uapi/overseas-price/v1/quotations/";
    private const string Trading = "/uapi/overseas-stock/v1/trading/";

    private static async Task<KisFakeHarness> StartAsync(FakeKisHost host)
    {
        var kis = await KisFakeHarness.StartAsync(host, KisFakeHarness.UsMorning, holdings: [new FakeKisHolding("AAPL", 2, 145m, "NASD", "애플")]);
        kis.Server.VtsRequestsPerSecond = 1_000;
        kis.Server.DefineSymbol("AAPL", "Apple", "NAS");
        kis.Server.SetBasePrice("AAPL", 150m);
        kis.Server.SetPrice("AAPL", 151.25m);
        return kis;
    }

    private static Dictionary<string, string> Order(KisFakeHarness kis, string exchange, string symbol, string qty, string price, string division = "00") => new()
    {
        ["CANO"] = kis.Cano, ["ACNT_PRDT_CD"] = "01", ["OVRS_EXCG_CD"] = exchange, ["PDNO"] = symbol, ["ORD_QTY"] = qty, ["OVRS_ORD_UNPR"] = price,
        ["CTAC_TLNO"] = "", ["MGCO_APTM_ODNO"] = "", ["SLL_TYPE"] = "", ["ORD_SVR_DVSN_CD"] = "0", ["ORD_DVSN"] = division,
    };

    [Fact]
    public async Task The_price_answer_names_the_symbol_with_D_and_the_quote_code()
    {
        await using var kis = await StartAsync(FakeKisHost.Vts);
        var answer = await kis.GetAsync(Quotes + "price", "HHDFS00000300", new Dictionary<string, string> { ["AUTH"] = "", ["EXCD"] = "NAS", ["SYMB"] = "AAPL" });
        answer.Field("output", "rsym").ShouldBe("DNASAAPL");
        answer.Field("output", "last").ShouldBe("151.2500");
        answer.Field("output", "diff").ShouldBe("1.2500");
        answer.Field("output", "sign").ShouldBe("2");
        answer.Field("output", "rate").ShouldBe("0.83");
        (await kis.GetAsync(Quotes + "price", "HHDFS00000300", new Dictionary<string, string> { ["EXCD"] = "NYS", ["SYMB"] = "AAPL" })).RtCd.ShouldBe("1");
    }

    [Fact]
    public async Task Daily_prices_page_through_KEYB_a_hundred_at_a_time()
    {
        await using var kis = await StartAsync(FakeKisHost.Real);
        var start = new DateTime(2026, 1, 1);
        kis.Server.AddDailyBars("AAPL", Enumerable.Range(0, 150).Select(i => new FakeKisBar(start.AddDays(i), 100, 101, 99, 100 + i, 1_000)));
        var query = new Dictionary<string, string> { ["AUTH"] = "", ["EXCD"] = "NAS", ["SYMB"] = "AAPL", ["GUBN"] = "0", ["BYMD"] = "", ["MODP"] = "1", ["KEYB"] = "" };
        var first = await kis.GetAsync(Quotes + "dailyprice", "HHDFS76240000", query);
        first.Rows("output2").ShouldBe(100);
        first.TrCont.ShouldBe("M");
        var oldest = first.Output("output2")[99].GetProperty("xymd").GetString()!;
        query["KEYB"] = oldest;
        var second = await kis.GetAsync(Quotes + "dailyprice", "HHDFS76240000", query, r => r.Headers.Add("tr_cont", "N"));
        second.Rows("output2").ShouldBe(50);
        second.TrCont.ShouldBe("D");
        string.CompareOrdinal(second.Output("output2")[0].GetProperty("xymd").GetString(), oldest).ShouldBeLessThan(0);
    }

    [Fact]
    public async Task Price_detail_order_book_and_rankings_answer_on_the_real_host_only()
    {
        await using var real = await StartAsync(FakeKisHost.Real);
        var symbol = new Dictionary<string, string> { ["AUTH"] = "", ["EXCD"] = "NAS", ["SYMB"] = "AAPL" };
        (await real.GetAsync(Quotes + "price-detail", "HHDFS76200200", symbol)).Field("output", "curr").ShouldBe("USD");
        (await real.GetAsync(Quotes + "inquire-asking-price", "HHDFS76200100", symbol)).Field("output2", "pask1").ShouldBe("151.2500");
        var rise = await real.GetAsync("/uapi/overseas-stock/v1/ranking/updown-rate", "HHDFS76290000", new Dictionary<string, string> { ["EXCD"] = "NAS", ["GUBN"] = "1", ["NDAY"] = "0" });
        rise.Output("output2")[0].GetProperty("symb").GetString().ShouldBe("AAPL");
        (await real.GetAsync("/uapi/overseas-stock/v1/ranking/trade-vol", "HHDFS76310010", new Dictionary<string, string> { ["EXCD"] = "NAS" })).RtCd.ShouldBe("0");
        await using var vts = await StartAsync(FakeKisHost.Vts);
        (await vts.GetAsync(Quotes + "inquire-asking-price", "HHDFS76200100", symbol)).MsgCd.ShouldBe("EGW00213");
        (await vts.GetAsync("/uapi/overseas-stock/v1/ranking/updown-rate", "HHDFS76290000", symbol)).MsgCd.ShouldBe("EGW00213");
        (await vts.GetAsync(Trading + "inquire-nccs", "VTTS3018R", vts.Account())).MsgCd.ShouldBe("EGW00213");
    }

    [Theory]
    [InlineData("VTTT1001U")]
    [InlineData("VTTT1006U")]
    public async Task A_US_sell_on_VTS_is_accepted_under_either_TR(string trId)
    {
        await using var kis = await StartAsync(FakeKisHost.Vts);
        var answer = await kis.PostAsync(Trading + "order", trId, Order(kis, "NASD", "AAPL", "1", "150.00"));
        answer.RtCd.ShouldBe("0");
        answer.MsgCd.ShouldBe("40600000");
        kis.Server.Holding(KisFakeHarness.VtsCano, "AAPL", "NASD").ShouldBe(1);
        kis.Server.Cash(KisFakeHarness.VtsCano, "USD").ShouldBe(10_000m + 151.25m);
    }

    [Fact]
    public async Task A_TR_of_another_market_is_OPSQ0002_and_VTS_takes_only_ORD_DVSN_00()
    {
        await using var kis = await StartAsync(FakeKisHost.Vts);
        (await kis.PostAsync(Trading + "order", "VTTS1002U", Order(kis, "NASD", "AAPL", "1", "150.00"))).MsgCd.ShouldBe("OPSQ0002");
        (await kis.PostAsync(Trading + "order", "VTTT1002U", Order(kis, "NASD", "AAPL", "1", "150.00", "32"))).MsgCd.ShouldBe("APBK0506");
        (await kis.PostAsync(Trading + "order", "VTTT1002U", Order(kis, "NASD", "AAPL", "1", "152.00"))).RtCd.ShouldBe("0");
    }

    [Fact]
    public async Task On_the_real_host_a_market_on_open_sell_needs_the_price_0()
    {
        await using var kis = await StartAsync(FakeKisHost.Real);
        (await kis.PostAsync(Trading + "order", "TTTT1006U", Order(kis, "NASD", "AAPL", "1", "150.00", "31"))).MsgCd.ShouldBe("APBK0523");
        var moo = await kis.PostAsync(Trading + "order", "TTTT1006U", Order(kis, "NASD", "AAPL", "1", "0", "31"));
        moo.RtCd.ShouldBe("0");
        moo.MsgCd.ShouldBe("APBK0013");
        kis.Server.Order(moo.Field("output", "ODNO"))!.AverageFillPrice.ShouldBe(151.25m);
    }

    [Fact]
    public async Task US_orders_are_refused_outside_New_York_hours()
    {
        await using var kis = await StartAsync(FakeKisHost.Vts);
        kis.Clock.SetUtcNow(KisFakeHarness.UsMorning.AddHours(7));
        (await kis.PostAsync(Trading + "order", "VTTT1002U", Order(kis, "NASD", "AAPL", "1", "150.00"))).MsgCd.ShouldBe("40580000");
    }

    [Fact]
    public async Task A_limit_order_is_cancelled_with_the_current_TR_or_the_old_per_market_one()
    {
        await using var kis = await StartAsync(FakeKisHost.Real);
        var first = (await kis.PostAsync(Trading + "order", "TTTT1002U", Order(kis, "NASD", "AAPL", "2", "140.00"))).Field("output", "ODNO");
        var cancel = new Dictionary<string, string>
        {
            ["CANO"] = kis.Cano, ["ACNT_PRDT_CD"] = "01", ["OVRS_EXCG_CD"] = "NASD", ["PDNO"] = "AAPL", ["ORGN_ODNO"] = first,
            ["RVSE_CNCL_DVSN_CD"] = "02", ["ORD_QTY"] = "2", ["OVRS_ORD_UNPR"] = "0", ["MGCO_APTM_ODNO"] = "", ["ORD_SVR_DVSN_CD"] = "0",
        };
        (await kis.GetAsync(Trading + "inquire-nccs", "TTTS3018R", kis.Account(("OVRS_EXCG_CD", "NASD")))).Rows("output").ShouldBe(1);
        (await kis.PostAsync(Trading + "order-rvsecncl", "TTTT1004U", cancel)).RtCd.ShouldBe("0");
        kis.Server.Order(first)!.Cancelled.ShouldBe(2);
        (await kis.GetAsync(Trading + "inquire-nccs", "TTTS3018R", kis.Account(("OVRS_EXCG_CD", "NASD")))).Rows("output").ShouldBe(0);

        kis.Server.DefineSymbol("00700", "Tencent", "SEHK");
        kis.Server.SetPrice("00700", 500m);
        kis.Clock.SetUtcNow(new DateTimeOffset(2026, 7, 10, 2, 0, 0, TimeSpan.Zero));
        var hk = await kis.PostAsync(Trading + "order", "TTTS1002U", Order(kis, "SEHK", "00700", "100", "450.000"));
        hk.RtCd.ShouldBe("0");
        cancel["OVRS_EXCG_CD"] = "SEHK";
        cancel["PDNO"] = "00700";
        cancel["ORGN_ODNO"] = hk.Field("output", "ODNO");
        (await kis.PostAsync(Trading + "order-rvsecncl", "TTTS0309U", cancel)).MsgCd.ShouldBe("OPSQ0002");
        (await kis.PostAsync(Trading + "order-rvsecncl", "TTTS1003U", cancel)).RtCd.ShouldBe("0");
        var history = await kis.GetAsync(Trading + "inquire-ccnl", "TTTS3035R",
            kis.Account(("PDNO", "%"), ("ORD_STRT_DT", "20260701"), ("ORD_END_DT", "20260731"), ("SLL_BUY_DVSN", "00"), ("CCLD_NCCS_DVSN", "00"), ("OVRS_EXCG_CD", "%"), ("SORT_SQN", "DS")));
        history.Rows("output").ShouldBe(2);
    }

    [Fact]
    public async Task Balances_in_the_markets_currency_and_VTS_present_balance_fills_only_output3()
    {
        await using var kis = await StartAsync(FakeKisHost.Vts);
        kis.Server.SetExchangeRate("USD", 1_380m);
        (await kis.PostAsync(Trading + "order", "VTTT1002U", Order(kis, "NASD", "AAPL", "2", "152.00"))).RtCd.ShouldBe("0");
        var balance = await kis.GetAsync(Trading + "inquire-balance", "VTTS3012R", kis.Account(("OVRS_EXCG_CD", "NASD"), ("TR_CRCY_CD", "USD")));
        balance.Output("output1")[0].GetProperty("ovrs_cblc_qty").GetString().ShouldBe("4");
        balance.Output("output1")[0].GetProperty("tr_crcy_cd").GetString().ShouldBe("USD");
        balance.Body.TryGetProperty("ctx_area_nk200", out _).ShouldBeTrue();
        kis.Server.Cash(KisFakeHarness.VtsCano, "USD").ShouldBe(10_000m - 302.5m);
        var present = await kis.GetAsync(Trading + "inquire-present-balance", "VTRP6504R",
            kis.Account(("WCRC_FRCR_DVSN_CD", "02"), ("NATN_CD", "840"), ("TR_MKET_CD", "00"), ("INQR_DVSN_CD", "00")));
        present.Rows("output1").ShouldBe(0);
        present.Rows("output2").ShouldBe(0);
        present.Field("output3", "evlu_amt_smtl").ShouldBe("834900.00000000");
        var buyable = await kis.GetAsync(Trading + "inquire-psamount", "VTTS3007R", kis.Account(("OVRS_EXCG_CD", "NASD"), ("OVRS_ORD_UNPR", "100"), ("ITEM_CD", "AAPL")));
        buyable.Field("output", "max_ord_psbl_qty").ShouldBe("96");
        buyable.Field("output", "tr_crcy_cd").ShouldBe("USD");
    }

    [Fact]
    public async Task Real_NASD_means_every_US_market_in_account_queries()
    {
        await using var kis = await StartAsync(FakeKisHost.Real);
        kis.Server.DefineSymbol("KO", "Coca-Cola", "NYSE");
        kis.Server.SetPrice("KO", 60m);
        (await kis.PostAsync(Trading + "order", "TTTT1002U", Order(kis, "NYSE", "KO", "1", "61.00"))).RtCd.ShouldBe("0");
        var all = await kis.GetAsync(Trading + "inquire-balance", "TTTS3012R", kis.Account(("OVRS_EXCG_CD", "NASD"), ("TR_CRCY_CD", "USD")));
        all.Rows("output1").ShouldBe(2);
        var present = await kis.GetAsync(Trading + "inquire-present-balance", "CTRP6504R", kis.Account(("WCRC_FRCR_DVSN_CD", "02"), ("NATN_CD", "000")));
        present.Rows("output1").ShouldBe(2);
        present.Field("output3", "evlu_amt_smtl").ShouldBe(string.Empty);
    }
}
