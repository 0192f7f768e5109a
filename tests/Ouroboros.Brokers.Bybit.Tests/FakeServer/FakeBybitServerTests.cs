using System.Globalization;
using System.Text.Json;
using Ouroboros.Brokers.Bybit.Common;
using Ouroboros.Brokers.Bybit.Trading;
using Ouroboros.Domain.Orders;

namespace Ouroboros.Brokers.Bybit.Tests.FakeServer;

/// <summary>The fake's own contract (external-apis.md §1.7), spoken to over raw HTTP where the client would hide it.</summary>
public sealed class FakeBybitServerTests
{
    private static async Task<(int RetCode, HttpResponseMessage Response)> GetAsync(BybitRig rig, string path, string query, string? key = BybitRig.Key,
        string secret = BybitRig.Secret, long? timestamp = null)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{rig.Server.BaseUrl}{path}?{query}");
        var ts = (timestamp ?? rig.Clock.GetUtcNow().ToUnixTimeMilliseconds()).ToString(CultureInfo.InvariantCulture);
        if (key is not null)
        {
            request.Headers.Add("X-BAPI-API-KEY", key);
            request.Headers.Add("X-BAPI-TIMESTAMP", ts);
            request.Headers.Add("X-BAPI-RECV-WINDOW", "5000");
            request.Headers.Add("X-BAPI-SIGN", BybitSigner.Sign(secret, ts, key, "5000", query));
        }
        var response = await http.SendAsync(request);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (body.RootElement.GetProperty("retCode").GetInt32(), response);
    }

    [Fact]
    public async Task A_signature_over_the_raw_query_is_accepted_in_any_parameter_order()
    {
        await using var rig = await BybitRig.StartAsync();

        (await GetAsync(rig, "/v5/position/list", "symbol=BTCUSDT&category=linear")).RetCode.ShouldBe(0);
        (await GetAsync(rig, "/v5/position/list", "category=linear&symbol=BTCUSDT")).RetCode.ShouldBe(0);
    }

    [Fact]
    public async Task A_missing_key_an_unknown_key_a_stale_timestamp_and_a_wrong_signature_get_Bybits_codes_with_HTTP_200()
    {
        await using var rig = await BybitRig.StartAsync();
        const string q = "category=linear&symbol=BTCUSDT";
        var stale = rig.Clock.GetUtcNow().AddSeconds(-6).ToUnixTimeMilliseconds();

        var missing = await GetAsync(rig, "/v5/position/list", q, key: null);
        (await GetAsync(rig, "/v5/position/list", q, key: "other")).RetCode.ShouldBe(10003);
        (await GetAsync(rig, "/v5/position/list", q, timestamp: stale)).RetCode.ShouldBe(10002);
        (await GetAsync(rig, "/v5/position/list", q, secret: "wrong")).RetCode.ShouldBe(10004);

        missing.RetCode.ShouldBe(10003);
        ((int)missing.Response.StatusCode).ShouldBe(200);
    }

    [Fact]
    public async Task Every_answer_carries_the_limit_headers_and_the_rate_limit_fault_answers_10006_with_nothing_left_until_a_later_reset()
    {
        await using var rig = await BybitRig.StartAsync();
        rig.Server.Inject(Ouroboros.Fakes.Bybit.FakeBybitFault.RateLimited("/v5/order/realtime"));

        var (ok, okResponse) = await GetAsync(rig, "/v5/position/list", "category=linear&symbol=BTCUSDT");
        var (limited, response) = await GetAsync(rig, "/v5/order/realtime", "category=linear&symbol=BTCUSDT");

        (ok, okResponse.Headers.GetValues("X-Bapi-Limit").Single(), okResponse.Headers.GetValues("X-Bapi-Limit-Status").Single()).ShouldBe((0, "50", "49"));
        limited.ShouldBe(10006);
        response.Headers.GetValues("X-Bapi-Limit-Status").Single().ShouldBe("0");
        long.Parse(response.Headers.GetValues("X-Bapi-Limit-Reset-Timestamp").Single(), CultureInfo.InvariantCulture)
            .ShouldBeGreaterThan(rig.Clock.GetUtcNow().ToUnixTimeMilliseconds() - 500);
    }

    [Fact]
    public async Task An_order_with_a_stop_loss_leaves_it_on_the_position_and_the_price_reaching_it_closes_the_position()
    {
        await using var rig = await BybitRig.StartAsync();
        var client = rig.NewClient();
        (await client.CreateOrderAsync(new BybitOrderRequest("BTCUSDT", OrderSide.Buy, 0.01m, null, "sl-1") { TakeProfit = 66_000m, StopLoss = 57_000m }))
            .IsSuccess.ShouldBeTrue();
        rig.Server.Protection(BybitRig.Key, "BTCUSDT").ShouldBe(((decimal?)66_000m, (decimal?)57_000m));

        (await client.SetTradingStopAsync(new BybitTradingStop("BTCUSDT", null, 58_000m))).IsSuccess.ShouldBeTrue();
        rig.Server.SetPrice("BTCUSDT", 57_900m);

        rig.Server.Position(BybitRig.Key, "BTCUSDT").ShouldBe(0m);
        rig.Server.Orders(BybitRig.Key)[^1].CreateType.ShouldBe("CreateByStopLoss");
        var position = (await client.GetPositionsAsync("BTCUSDT")).Value!.ShouldHaveSingleItem();
        (position.Side, position.StopLoss).ShouldBe(((OrderSide?)null, (decimal?)null));
    }

    [Fact]
    public async Task An_open_order_is_amended_and_a_finished_one_cannot_be_cancelled()
    {
        await using var rig = await BybitRig.StartAsync();
        var client = rig.NewClient();
        await client.CreateOrderAsync(new BybitOrderRequest("BTCUSDT", OrderSide.Buy, 0.01m, 55_000m, "am-1"));

        (await client.AmendOrderAsync("BTCUSDT", "am-1", quantity: 0.02m, price: 56_000m)).IsSuccess.ShouldBeTrue();
        var open = (await client.GetOpenOrdersAsync("BTCUSDT")).Value!.ShouldHaveSingleItem();
        (open.Quantity, open.Price).ShouldBe((0.02m, (decimal?)56_000m));

        (await client.CreateOrderAsync(new BybitOrderRequest("BTCUSDT", OrderSide.Buy, 0.01m, null, "mk-1"))).IsSuccess.ShouldBeTrue();
        (await client.CancelOrderAsync("BTCUSDT", "mk-1")).Error!.Message.ShouldStartWith("retCode 110008");
        (await client.FindOrderAsync("BTCUSDT", "mk-1")).Value!.Status.ShouldBe("Filled");
        (await client.FindOrderAsync("BTCUSDT", "never")).Value.ShouldBeNull();
    }
}
