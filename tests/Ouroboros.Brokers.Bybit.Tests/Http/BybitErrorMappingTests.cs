using Ouroboros.Brokers.Bybit.Common;
using Ouroboros.Brokers.Bybit.Trading;
using Ouroboros.Core.Ports;
using Ouroboros.Domain.Orders;
using Ouroboros.Fakes.Bybit;

namespace Ouroboros.Brokers.Bybit.Tests.Http;

/// <summary>Each retCode and transport failure of external-apis.md §1.4 as the error kind a caller acts on, with Bybit's own code and text kept.</summary>
public sealed class BybitErrorMappingTests
{
    private static BybitOrderRequest Buy(string link, decimal qty = 0.01m) => new("BTCUSDT", OrderSide.Buy, qty, null, link);

    [Fact]
    public async Task A_wrong_secret_is_an_auth_error_naming_the_signature()
    {
        await using var rig = await BybitRig.StartAsync();
        var result = await rig.NewClient(secret: "not-the-secret").GetWalletBalanceAsync();

        (result.Error!.Kind, result.Error.Message.Contains("retCode 10004", StringComparison.Ordinal)).ShouldBe((BrokerErrorKind.Auth, true));
        result.Error.Message.ShouldContain("BYBIT_API_SECRET");
    }

    [Fact]
    public async Task A_key_the_host_does_not_know_is_an_auth_error_that_says_keys_belong_to_one_environment()
    {
        await using var rig = await BybitRig.StartAsync();
        var result = await rig.NewClient(key: "mainnet-key").GetPositionsAsync();

        result.Error!.Kind.ShouldBe(BrokerErrorKind.Auth);
        result.Error.Message.ShouldContain("10003");
        result.Error.Message.ShouldContain("environment");
    }

    [Fact]
    public async Task A_private_call_without_a_key_is_refused_before_anything_is_sent()
    {
        await using var rig = await BybitRig.StartAsync();
        var result = await rig.NewClient(key: "", secret: "").GetWalletBalanceAsync();

        result.Error!.Kind.ShouldBe(BrokerErrorKind.Auth);
        result.Error.Message.ShouldContain("BYBIT_API_KEY");
        rig.Server.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_business_refusal_is_Rejected_with_its_retCode_and_retMsg()
    {
        await using var rig = await BybitRig.StartAsync();
        var result = await rig.NewClient().CreateOrderAsync(Buy("big-1", 5m));

        result.Error!.Kind.ShouldBe(BrokerErrorKind.Rejected);
        result.Error.Message.ShouldBe("retCode 110007 ab not enough for new order");
    }

    [Fact]
    public async Task A_parameter_error_is_an_invalid_request()
    {
        await using var rig = await BybitRig.StartAsync();
        var result = await rig.NewClient().CreateOrderAsync(Buy("odd-1", 0.0105m));

        (result.Error!.Kind, result.Error.Message.StartsWith("retCode 10001", StringComparison.Ordinal)).ShouldBe((BrokerErrorKind.InvalidRequest, true));
    }

    [Fact]
    public async Task A_server_error_code_on_an_order_is_unknown_and_says_to_look_it_up_but_on_a_read_it_is_a_network_error()
    {
        await using var rig = await BybitRig.StartAsync();
        var client = rig.NewClient();
        rig.Server.Inject(new FakeBybitFault(FakeBybitFaultKind.ServerErrorCode, "/v5/order/create"));
        rig.Server.Inject(new FakeBybitFault(FakeBybitFaultKind.ServerErrorCode, "/v5/position/list"));

        var order = await client.CreateOrderAsync(Buy("srv-1"));
        var read = await client.GetPositionsAsync();

        (order.Error!.Kind, read.Error!.Kind).ShouldBe((BrokerErrorKind.Unknown, BrokerErrorKind.Network));
        order.Error.Message.ShouldContain("orderLinkId");
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_never_taken_as_an_empty_answer()
    {
        await using var rig = await BybitRig.StartAsync();
        var client = rig.NewClient();
        rig.Server.Inject(FakeBybitFault.MalformedJson("/v5/position/list"));
        rig.Server.Inject(FakeBybitFault.PlainServerError("/v5/order/realtime"));

        (await client.GetPositionsAsync()).Error!.Kind.ShouldBe(BrokerErrorKind.Network);
        (await client.GetOpenOrdersAsync()).Error!.Message.ShouldContain("HTTP 500");
    }

    [Fact]
    public async Task The_IP_ban_403_is_a_rate_limit()
    {
        await using var rig = await BybitRig.StartAsync();
        rig.Server.Inject(new FakeBybitFault(FakeBybitFaultKind.IpBanned, "/v5/market/kline"));

        (await rig.NewClient().GetKlinesAsync("BTCUSDT", "60")).Error!.Kind.ShouldBe(BrokerErrorKind.RateLimited);
    }

    [Fact]
    public async Task Setting_the_leverage_it_already_has_is_success()
    {
        await using var rig = await BybitRig.StartAsync();
        var client = rig.NewClient();

        (await client.SetLeverageAsync("BTCUSDT", 5m)).IsSuccess.ShouldBeTrue();
        (await client.SetLeverageAsync("BTCUSDT", 5m)).IsSuccess.ShouldBeTrue("110043 means it is already so");
        rig.Server.Leverage(BybitRig.Key, "BTCUSDT").ShouldBe(5m);
        (await client.SetLeverageAsync("BTCUSDT", 500m)).Error!.Kind.ShouldBe(BrokerErrorKind.InvalidRequest);
    }

    [Fact]
    public async Task A_list_that_fails_on_its_second_page_is_an_error_naming_the_page_never_a_shorter_list()
    {
        await using var rig = await BybitRig.StartAsync();
        var client = rig.NewClient();
        for (var i = 0; i < 51; i++) (await client.CreateOrderAsync(Buy($"page-{i}", 0.001m))).IsSuccess.ShouldBeTrue();

        (await client.GetOrderHistoryAsync("BTCUSDT")).Value!.Count.ShouldBe(51);
        rig.Server.Inject(FakeBybitFault.FailOnPage("/v5/order/history", 2));
        var broken = await client.GetOrderHistoryAsync("BTCUSDT");

        broken.IsSuccess.ShouldBeFalse();
        broken.Error!.Message.ShouldStartWith("page 2:");
        rig.Server.RateLimitRejections.ShouldBe(0, "51 creates at 10/s waited for the window instead of drawing 10006");
    }
}
