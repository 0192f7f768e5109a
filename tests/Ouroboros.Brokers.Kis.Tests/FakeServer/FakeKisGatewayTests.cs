using System.Net;
using Ouroboros.Fakes.Kis;

namespace Ouroboros.Brokers.Kis.Tests.FakeServer;

/// <summary>§9 points 1 and 3: key–host binding and the checks on every /uapi call.</summary>
public sealed class FakeKisGatewayTests
{
    private const string Price = "/uapi/domestic-stock/v1/quotations/inquire-price";
    private const string Balance = "/uapi/domestic-stock/v1/trading/inquire-balance";
    private static readonly Dictionary<string, string> Samsung = new() { ["FID_COND_MRKT_DIV_CODE"] = "J", ["FID_INPUT_ISCD"] = "005930" };

    [Fact]
    public async Task A_VTS_key_on_the_real_host_gets_HTTP_500_EGW02004_at_the_token_and_at_every_call()
    {
        await using var kis = await KisFakeHarness.StartAsync(FakeKisHost.Real);
        kis.Server.SetPrice("005930", 71_900m);
        var (status, body) = await kis.IssueTokenAsync(KisFakeHarness.VtsKey, KisFakeHarness.VtsSecret);
        status.ShouldBe(HttpStatusCode.InternalServerError);
        body.GetProperty("error_code").GetString().ShouldBe("EGW02004");
        var answer = await kis.GetAsync(Price, "FHKST01010100", Samsung, r =>
        {
            r.Headers.Remove("appkey");
            r.Headers.Remove("appsecret");
            r.Headers.Add("appkey", KisFakeHarness.VtsKey);
            r.Headers.Add("appsecret", KisFakeHarness.VtsSecret);
        });
        answer.Status.ShouldBe(HttpStatusCode.InternalServerError);
        answer.MsgCd.ShouldBe("EGW02004");
        answer.Msg1.ShouldBe("실전투자 도메인은 모의투자 앱키로 호출하실 수 없습니다.");
    }

    [Fact]
    public async Task A_real_key_on_the_VTS_host_is_refused_too()
    {
        await using var kis = await KisFakeHarness.StartAsync(FakeKisHost.Vts);
        var (status, body) = await kis.IssueTokenAsync(KisFakeHarness.RealKey, KisFakeHarness.RealSecret);
        status.ShouldBe(HttpStatusCode.InternalServerError);
        body.GetProperty("error_code").GetString().ShouldBe("EGW02004");
    }

    [Fact]
    public async Task An_authorization_without_the_Bearer_prefix_is_EGW00205()
    {
        await using var kis = await KisFakeHarness.StartAsync(FakeKisHost.Real);
        kis.Server.SetPrice("005930", 71_900m);
        var answer = await kis.GetAsync(Price, "FHKST01010100", Samsung, r =>
        {
            r.Headers.Remove("authorization");
            r.Headers.TryAddWithoutValidation("authorization", kis.Token);
        });
        answer.Status.ShouldBe(HttpStatusCode.InternalServerError);
        answer.MsgCd.ShouldBe("EGW00205");
    }

    [Fact]
    public async Task A_wrong_app_secret_is_EGW00105()
    {
        await using var kis = await KisFakeHarness.StartAsync(FakeKisHost.Real);
        var answer = await kis.GetAsync(Price, "FHKST01010100", Samsung, r =>
        {
            r.Headers.Remove("appsecret");
            r.Headers.Add("appsecret", "wrong");
        });
        answer.MsgCd.ShouldBe("EGW00105");
    }

    [Fact]
    public async Task A_TR_of_another_path_is_OPSQ0002_and_a_missing_tr_id_OPSQ9999()
    {
        await using var kis = await KisFakeHarness.StartAsync(FakeKisHost.Real);
        (await kis.GetAsync(Price, "FHKST01010200", Samsung)).MsgCd.ShouldBe("OPSQ0002");
        (await kis.GetAsync(Price, string.Empty, Samsung)).MsgCd.ShouldBe("OPSQ9999");
    }

    [Fact]
    public async Task On_VTS_a_real_TR_or_a_real_only_endpoint_is_EGW00213()
    {
        await using var kis = await KisFakeHarness.StartAsync(FakeKisHost.Vts);
        var realTr = await kis.GetAsync(Balance, "TTTC8434R", kis.Account());
        realTr.Status.ShouldBe(HttpStatusCode.InternalServerError);
        realTr.MsgCd.ShouldBe("EGW00213");
        kis.Clock.Advance(TimeSpan.FromSeconds(1));
        (await kis.GetAsync("/uapi/domestic-stock/v1/quotations/volume-rank", "FHPST01710000")).MsgCd.ShouldBe("EGW00213");
        (await kis.GetAsync("/uapi/domestic-stock/v1/trading/inquire-psbl-sell", "VTTC8408R", kis.Account())).MsgCd.ShouldBe("EGW00213");
        kis.Clock.Advance(TimeSpan.FromSeconds(1));
        (await kis.GetAsync("/uapi/overseas-price/v1/quotations/price-detail", "HHDFS76200200")).MsgCd.ShouldBe("EGW00213");
        (await kis.GetAsync(Balance, "VTTC8434R", kis.Account())).RtCd.ShouldBe("0");
    }

    [Fact]
    public async Task A_call_without_custtype_is_EGW00208_unless_the_check_is_off()
    {
        await using var kis = await KisFakeHarness.StartAsync(FakeKisHost.Real);
        kis.Server.SetPrice("005930", 71_900m);
        static void NoCustType(HttpRequestMessage r) => r.Headers.Remove("custtype");
        (await kis.GetAsync(Price, "FHKST01010100", Samsung, NoCustType)).MsgCd.ShouldBe("EGW00208");
        kis.Server.RequireCustType = false;
        (await kis.GetAsync(Price, "FHKST01010100", Samsung, NoCustType)).RtCd.ShouldBe("0");
    }

    [Fact]
    public async Task Query_names_match_in_any_case_but_body_keys_must_be_upper_case()
    {
        await using var kis = await KisFakeHarness.StartAsync(FakeKisHost.Real);
        kis.Server.SetPrice("005930", 71_900m);
        var lower = await kis.GetAsync(Price, "FHKST01010100", new Dictionary<string, string> { ["fid_cond_mrkt_div_code"] = "J", ["fid_input_iscd"] = "005930" });
        lower.Field("output", "stck_prpr").ShouldBe("71900");
        var order = await kis.PostAsync("/uapi/domestic-stock/v1/trading/order-cash", "TTTC0012U", new Dictionary<string, string>
        {
            ["cano"] = kis.Cano, ["ACNT_PRDT_CD"] = "01", ["PDNO"] = "005930", ["ORD_DVSN"] = "01", ["ORD_QTY"] = "1", ["ORD_UNPR"] = "0",
        });
        order.RtCd.ShouldBe("1");
        order.MsgCd.ShouldBe("OPSQ9999");
        kis.Server.Orders.ShouldBeEmpty();
    }

    [Fact]
    public async Task Unknown_paths_are_404()
    {
        await using var kis = await KisFakeHarness.StartAsync(FakeKisHost.Real);
        (await kis.Http.GetAsync("/uapi/domestic-stock/v1/quotations/nothing")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
