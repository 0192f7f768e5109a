using Ouroboros.Fakes.Kis;

namespace Ouroboros.Brokers.Kis.Tests.FakeServer;

/// <summary>§9 point 6: tr_cont M/D (or F/E), lower-case ctx_area_* in the body, tr_cont N plus CTX_AREA_* to continue.</summary>
public sealed class FakeKisPagingTests
{
    private const string Balance = "/uapi/domestic-stock/v1/trading/inquire-balance";

    private static FakeKisHolding[] Holdings(int count) =>
        Enumerable.Range(0, count).Select(i => new FakeKisHolding((100_000 + i).ToString("D6", System.Globalization.CultureInfo.InvariantCulture), 1, 1_000m)).ToArray();

    [Theory]
    [InlineData(FakeKisHost.Vts, 45, new[] { 20, 20, 5 })]
    [InlineData(FakeKisHost.Real, 120, new[] { 50, 50, 20 })]
    public async Task The_balance_pages_by_the_hosts_page_size_until_the_last_page_says_D(FakeKisHost host, int holdings, int[] pages)
    {
        await using var kis = await KisFakeHarness.StartAsync(host, holdings: Holdings(holdings));
        var seen = new List<string>();
        var answer = await kis.GetAsync(Balance, kis.Tr("TTTC8434R"), kis.Account(("CTX_AREA_FK100", ""), ("CTX_AREA_NK100", "")));
        for (var page = 0; ; page++)
        {
            answer.Rows("output1").ShouldBe(pages[page]);
            seen.AddRange(answer.Output("output1").EnumerateArray().Select(r => r.GetProperty("pdno").GetString()!));
            answer.Body.TryGetProperty("ctx_area_nk100", out _).ShouldBeTrue();
            answer.Body.TryGetProperty("ctx_area_fk100", out _).ShouldBeTrue();
            if (page == pages.Length - 1)
            {
                answer.TrCont.ShouldBe("D");
                break;
            }
            answer.TrCont.ShouldBe("M");
            kis.Clock.Advance(TimeSpan.FromSeconds(1));
            answer = await kis.GetAsync(Balance, kis.Tr("TTTC8434R"),
                kis.Account(("CTX_AREA_FK100", answer.Text("ctx_area_fk100")), ("CTX_AREA_NK100", answer.Text("ctx_area_nk100"))),
                r => r.Headers.Add("tr_cont", "N"));
        }
        seen.Count.ShouldBe(holdings);
        seen.Distinct().Count().ShouldBe(holdings);
    }

    [Fact]
    public async Task Without_tr_cont_N_the_first_page_comes_back_again()
    {
        await using var kis = await KisFakeHarness.StartAsync(FakeKisHost.Real, holdings: Holdings(60));
        var first = await kis.GetAsync(Balance, "TTTC8434R", kis.Account());
        var again = await kis.GetAsync(Balance, "TTTC8434R", kis.Account(("CTX_AREA_NK100", first.Text("ctx_area_nk100"))));
        again.Output("output1")[0].GetProperty("pdno").GetString().ShouldBe(first.Output("output1")[0].GetProperty("pdno").GetString());
    }

    [Fact]
    public async Task The_markers_can_be_switched_to_F_and_E()
    {
        await using var kis = await KisFakeHarness.StartAsync(FakeKisHost.Real, holdings: Holdings(60));
        kis.Server.Paging.MorePagesMarker = "F";
        kis.Server.Paging.LastPageMarker = "E";
        var first = await kis.GetAsync(Balance, "TTTC8434R", kis.Account());
        first.TrCont.ShouldBe("F");
        var last = await kis.GetAsync(Balance, "TTTC8434R", kis.Account(("CTX_AREA_NK100", first.Text("ctx_area_nk100"))), r => r.Headers.Add("tr_cont", "N"));
        last.TrCont.ShouldBe("E");
        last.Rows("output1").ShouldBe(10);
    }

    [Fact]
    public async Task VTS_daily_orders_come_fifteen_a_page()
    {
        await using var kis = await KisFakeHarness.StartAsync(FakeKisHost.Vts);
        kis.Server.VtsRequestsPerSecond = 100;
        kis.Server.SetPrice("005930", 71_900m);
        for (var i = 0; i < 17; i++)
            (await kis.OrderAsync(FakeKisSide.Buy, "005930", 1, 60_000m)).RtCd.ShouldBe("0");
        var query = kis.Account(("INQR_STRT_DT", "20260709"), ("INQR_END_DT", "20260709"), ("SLL_BUY_DVSN_CD", "00"), ("CCLD_DVSN", "00"), ("INQR_DVSN", "00"));
        var first = await kis.GetAsync("/uapi/domestic-stock/v1/trading/inquire-daily-ccld", "VTTC0081R", query);
        first.Rows("output1").ShouldBe(15);
        first.TrCont.ShouldBe("M");
        query["CTX_AREA_NK100"] = first.Text("ctx_area_nk100");
        var second = await kis.GetAsync("/uapi/domestic-stock/v1/trading/inquire-daily-ccld", "VTTC0081R", query, r => r.Headers.Add("tr_cont", "N"));
        second.Rows("output1").ShouldBe(2);
        second.TrCont.ShouldBe("D");
        second.Field("output2", "tot_ord_qty").ShouldBe("17");
    }
}
