using Ouroboros.Fakes.Kis;

namespace Ouroboros.Brokers.Kis.Tests.FakeServer;

/// <summary>§9 point 7 (quotes): price with tick and band, order book, bars, rankings, holidays.</summary>
public sealed class FakeKisDomesticQuoteTests
{
    private const string Quotes = "/uapi/domestic-stock/v1/quotations/";

    private static Dictionary<string, string> Symbol(string code, params (string Key, string Value)[] extra)
    {
        var q = new Dictionary<string, string> { ["FID_COND_MRKT_DIV_CODE"] = "J", ["FID_INPUT_ISCD"] = code };
        foreach (var (k, v) in extra)
            q[k] = v;
        return q;
    }

    [Theory]
    [InlineData(1_999, false, "1")]
    [InlineData(2_000, false, "5")]
    [InlineData(19_990, false, "10")]
    [InlineData(71_900, false, "100")]
    [InlineData(200_000, false, "500")]
    [InlineData(812_000, false, "1000")]
    [InlineData(71_905, true, "5")]
    public async Task The_price_answer_carries_the_KRX_tick_for_the_price_and_5_KRW_for_ETFs(int price, bool etf, string tick)
    {
        await using var kis = await KisFakeHarness.StartAsync(FakeKisHost.Real);
        kis.Server.DefineSymbol("069500", "KODEX 200", isEtf: etf);
        kis.Server.SetPrice("069500", price);
        var answer = await kis.GetAsync(Quotes + "inquire-price", "FHKST01010100", Symbol("069500"));
        answer.Field("output", "aspr_unit").ShouldBe(tick);
    }

    [Fact]
    public async Task The_limits_are_thirty_percent_either_side_of_the_base_on_the_tick_grid()
    {
        await using var kis = await KisFakeHarness.StartAsync(FakeKisHost.Real);
        kis.Server.SetBasePrice("005930", 72_000m);
        kis.Server.SetPrice("005930", 71_900m);
        var answer = await kis.GetAsync(Quotes + "inquire-price", "FHKST01010100", Symbol("005930"));
        answer.Field("output", "stck_mxpr").ShouldBe("93600");
        answer.Field("output", "stck_llam").ShouldBe("50400");
        answer.Field("output", "stck_sdpr").ShouldBe("72000");
        answer.Field("output", "prdy_vrss").ShouldBe("-100");
        answer.Field("output", "prdy_vrss_sign").ShouldBe("5");
        answer.Field("output", "prdy_ctrt").ShouldBe("-0.14");
    }

    [Fact]
    public async Task An_unknown_symbol_or_market_code_is_refused_not_answered_with_zeros()
    {
        await using var kis = await KisFakeHarness.StartAsync(FakeKisHost.Real);
        (await kis.GetAsync(Quotes + "inquire-price", "FHKST01010100", Symbol("999999"))).RtCd.ShouldBe("1");
        kis.Server.SetPrice("005930", 71_900m);
        var badMarket = await kis.GetAsync(Quotes + "inquire-price", "FHKST01010100", Symbol("005930", ("FID_COND_MRKT_DIV_CODE", "Z")));
        badMarket.MsgCd.ShouldBe("OPSQ2001");
    }

    [Fact]
    public async Task The_order_book_has_ten_levels_a_tick_apart()
    {
        await using var kis = await KisFakeHarness.StartAsync(FakeKisHost.Real);
        kis.Server.SetPrice("005930", 71_900m);
        var answer = await kis.GetAsync(Quotes + "inquire-asking-price-exp-ccn", "FHKST01010200", Symbol("005930"));
        answer.Field("output1", "askp1").ShouldBe("71900");
        answer.Field("output1", "askp10").ShouldBe("72800");
        answer.Field("output1", "bidp1").ShouldBe("71800");
        answer.Field("output2", "antc_cnpr").ShouldBe("71900");
    }

    [Fact]
    public async Task Daily_bars_come_newest_first_within_the_date_window_at_most_a_hundred()
    {
        await using var kis = await KisFakeHarness.StartAsync(FakeKisHost.Real);
        kis.Server.SetPrice("005930", 71_900m);
        var start = new DateTime(2026, 1, 1);
        kis.Server.AddDailyBars("005930", Enumerable.Range(0, 150).Select(i => new FakeKisBar(start.AddDays(i), 100 + i, 101 + i, 99 + i, 100 + i, 1_000)));
        var all = await kis.GetAsync(Quotes + "inquire-daily-itemchartprice", "FHKST03010100",
            Symbol("005930", ("FID_INPUT_DATE_1", "20260101"), ("FID_INPUT_DATE_2", "20261231"), ("FID_PERIOD_DIV_CODE", "D"), ("FID_ORG_ADJ_PRC", "0")));
        all.Rows("output2").ShouldBe(100);
        all.Output("output2")[0].GetProperty("stck_bsop_date").GetString().ShouldBe("20260530");
        all.Output("output2")[99].GetProperty("stck_bsop_date").GetString().ShouldBe("20260220");
        var window = await kis.GetAsync(Quotes + "inquire-daily-itemchartprice", "FHKST03010100",
            Symbol("005930", ("FID_INPUT_DATE_1", "20260105"), ("FID_INPUT_DATE_2", "20260110"), ("FID_PERIOD_DIV_CODE", "D")));
        window.Rows("output2").ShouldBe(6);
        window.Output("output2")[0].GetProperty("stck_clpr").GetString().ShouldBe("109");
        var monthly = await kis.GetAsync(Quotes + "inquire-daily-itemchartprice", "FHKST03010100",
            Symbol("005930", ("FID_INPUT_DATE_1", "20260101"), ("FID_INPUT_DATE_2", "20261231"), ("FID_PERIOD_DIV_CODE", "M")));
        monthly.Rows("output2").ShouldBe(5);
        (await kis.GetAsync(Quotes + "inquire-daily-price", "FHKST01010400", Symbol("005930", ("FID_PERIOD_DIV_CODE", "D")))).Rows("output").ShouldBe(30);
    }

    [Fact]
    public async Task Minute_bars_are_todays_up_to_the_asked_hour_thirty_at_a_time()
    {
        await using var kis = await KisFakeHarness.StartAsync(FakeKisHost.Real);
        kis.Server.SetPrice("005930", 71_900m);
        var today = new DateTime(2026, 7, 9, 9, 0, 0);
        kis.Server.AddMinuteBars("005930", Enumerable.Range(0, 60).Select(i => new FakeKisBar(today.AddMinutes(i), 1, 1, 1, 1, 10)));
        kis.Server.AddMinuteBars("005930", [new FakeKisBar(today.AddDays(-1), 1, 1, 1, 1, 10)]);
        var answer = await kis.GetAsync(Quotes + "inquire-time-itemchartprice", "FHKST03010200",
            Symbol("005930", ("FID_INPUT_HOUR_1", "094500"), ("FID_PW_DATA_INCU_YN", "N"), ("FID_ETC_CLS_CODE", "")));
        answer.Rows("output2").ShouldBe(30);
        answer.Output("output2")[0].GetProperty("stck_cntg_hour").GetString().ShouldBe("094500");
        answer.TrCont.ShouldBe("M");
        var early = await kis.GetAsync(Quotes + "inquire-time-itemchartprice", "FHKST03010200", Symbol("005930", ("FID_INPUT_HOUR_1", "090500")));
        early.Rows("output2").ShouldBe(6);
        early.TrCont.ShouldBe("D");
    }

    [Fact]
    public async Task Rankings_on_the_real_host_return_at_most_thirty_rows_in_order()
    {
        await using var kis = await KisFakeHarness.StartAsync(FakeKisHost.Real);
        for (var i = 0; i < 40; i++)
        {
            var code = (200_000 + i).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
            kis.Server.SetBasePrice(code, 10_000m);
            kis.Server.SetPrice(code, 10_000m + i * 10);
        }
        var rise = await kis.GetAsync("/uapi/domestic-stock/v1/ranking/fluctuation", "FHPST01700000",
            new Dictionary<string, string> { ["fid_cond_mrkt_div_code"] = "J", ["fid_rank_sort_cls_code"] = "0" });
        rise.Rows("output").ShouldBe(30);
        rise.Output("output")[0].GetProperty("stck_shrn_iscd").GetString().ShouldBe("200039");
        var volume = await kis.GetAsync(Quotes + "volume-rank", "FHPST01710000", new Dictionary<string, string> { ["FID_COND_MRKT_DIV_CODE"] = "J" });
        volume.Rows("output").ShouldBe(30);
    }

    [Fact]
    public async Task The_holiday_check_closes_weekends_and_the_tests_holidays()
    {
        await using var kis = await KisFakeHarness.StartAsync(FakeKisHost.Real);
        kis.Server.AddHoliday(new DateOnly(2026, 7, 10));
        var answer = await kis.GetAsync(Quotes + "chk-holiday", "CTCA0903R", new Dictionary<string, string> { ["BASS_DT"] = "20260709", ["CTX_AREA_NK"] = "", ["CTX_AREA_FK"] = "" });
        var days = answer.Output().EnumerateArray().ToDictionary(d => d.GetProperty("bass_dt").GetString()!, d => d.GetProperty("opnd_yn").GetString());
        days["20260709"].ShouldBe("Y");
        days["20260710"].ShouldBe("N");
        days["20260711"].ShouldBe("N");
        days["20260713"].ShouldBe("Y");
    }
}
