using System.Text.Json;
using Ouroboros.Fakes.Kis;

namespace Ouroboros.Brokers.Kis.Tests.FakeServer;

/// <summary>§9 point 5: every number a string, the success codes of §3.1, padded msg1, echoed headers.</summary>
public sealed class FakeKisEnvelopeTests
{
    [Fact]
    public async Task Every_value_in_quote_and_balance_answers_is_a_string()
    {
        await using var kis = await KisFakeHarness.StartAsync(FakeKisHost.Real, holdings: [new FakeKisHolding("005930", 10, 71_500m)]);
        kis.Server.SetPrice("005930", 71_900m);
        var quote = await kis.GetAsync("/uapi/domestic-stock/v1/quotations/inquire-price", "FHKST01010100",
            new Dictionary<string, string> { ["FID_COND_MRKT_DIV_CODE"] = "J", ["FID_INPUT_ISCD"] = "005930" });
        var balance = await kis.GetAsync("/uapi/domestic-stock/v1/trading/inquire-balance", "TTTC8434R", kis.Account());
        NonStringLeaves(quote.Body).ShouldBeEmpty();
        NonStringLeaves(balance.Body).ShouldBeEmpty();
        balance.Output("output2").ValueKind.ShouldBe(JsonValueKind.Array);
        balance.Rows("output2").ShouldBe(1);
    }

    [Theory]
    [InlineData(FakeKisHost.Real, "KIOK0510", "APBK0013")]
    [InlineData(FakeKisHost.Vts, "20310000", "40600000")]
    public async Task Success_codes_follow_the_host_and_inquiry_messages_are_space_padded(FakeKisHost host, string inquiry, string order)
    {
        await using var kis = await KisFakeHarness.StartAsync(host);
        kis.Server.SetPrice("005930", 71_900m);
        var quote = await kis.GetAsync("/uapi/domestic-stock/v1/quotations/inquire-price", "FHKST01010100",
            new Dictionary<string, string> { ["FID_COND_MRKT_DIV_CODE"] = "J", ["FID_INPUT_ISCD"] = "005930" });
        quote.MsgCd.ShouldBe("MCA00000");
        quote.HasGtUid.ShouldBeTrue();
        kis.Clock.Advance(TimeSpan.FromSeconds(1));
        var balance = await kis.GetAsync("/uapi/domestic-stock/v1/trading/inquire-balance", kis.Tr("TTTC8434R"), kis.Account());
        balance.MsgCd.ShouldBe(inquiry);
        balance.Msg1.ShouldEndWith(" ");
        balance.Msg1.Trim().ShouldNotEndWith(" ");
        kis.Clock.Advance(TimeSpan.FromSeconds(1));
        var placed = await kis.OrderAsync(FakeKisSide.Buy, "005930", 1, 71_900m);
        placed.MsgCd.ShouldBe(order);
        placed.RtCd.ShouldBe("0");
    }

    [Fact]
    public async Task The_tr_id_is_echoed_in_the_response_headers()
    {
        await using var kis = await KisFakeHarness.StartAsync(FakeKisHost.Real);
        kis.Server.SetPrice("005930", 71_900m);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/uapi/domestic-stock/v1/quotations/inquire-price?FID_COND_MRKT_DIV_CODE=J&FID_INPUT_ISCD=005930");
        request.Headers.TryAddWithoutValidation("authorization", "Bearer " + kis.Token);
        request.Headers.Add("appkey", kis.Key);
        request.Headers.Add("appsecret", kis.Secret);
        request.Headers.Add("tr_id", "FHKST01010100");
        request.Headers.Add("custtype", "P");
        using var response = await kis.Http.SendAsync(request);
        response.Headers.GetValues("tr_id").Single().ShouldBe("FHKST01010100");
        response.Content.Headers.ContentType!.CharSet.ShouldBe("utf-8");
    }

    private static List<string> NonStringLeaves(JsonElement element, string path = "$")
    {
        var found = new List<string>();
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var p in element.EnumerateObject())
                    found.AddRange(NonStringLeaves(p.Value, path + "." + p.Name));
                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in element.EnumerateArray())
                    found.AddRange(NonStringLeaves(item, path + "[" + i++ + "]"));
                break;
            case JsonValueKind.String:
                break;
            default:
                found.Add(path);
                break;
        }
        return found;
    }
}
