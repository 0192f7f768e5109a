using System.Net;
using Ouroboros.Brokers.Kis.Common;
using Ouroboros.Brokers.Kis.Domestic;
using Ouroboros.Core.Ports;
using Ouroboros.Domain.Orders;
using static Ouroboros.Brokers.Kis.Tests.Http.ScriptedKisHandler;

namespace Ouroboros.Brokers.Kis.Tests.Http;

public sealed class KisPipelineTests
{
    private const string Price = "/uapi/domestic-stock/v1/quotations/inquire-price";
    private const string OrderCash = "/uapi/domestic-stock/v1/trading/order-cash";

    private static readonly DomesticOrderRequest Buy = new("005930", OrderSide.Buy, 10, DomesticOrderType.Limit, 71500m);

    [Fact]
    public async Task Every_call_carries_the_headers_of_the_contract_and_upper_case_query_names()
    {
        using var host = new KisTestHost();
        host.Handler.On(Price, KisBodies.DomesticPrice);

        await host.Client.Domestic.GetPriceAsync("005930", CancellationToken.None);

        var seen = host.Handler.Uapi(Price).ShouldHaveSingleItem();
        seen.Header("authorization").ShouldBe("Bearer token-1");
        seen.Header("appkey").ShouldBe(KisTestHost.AppKey);
        seen.Header("appsecret").ShouldBe(KisTestHost.AppSecret);
        seen.Header("tr_id").ShouldBe("FHKST01010100");
        seen.Header("custtype").ShouldBe("P");
        seen.Headers.ContainsKey("tr_cont").ShouldBeTrue();
        seen.Query["FID_COND_MRKT_DIV_CODE"].ShouldBe("J");
        seen.Query["FID_INPUT_ISCD"].ShouldBe("005930");
    }

    [Fact]
    public async Task A_business_error_is_rejected_with_its_code_and_the_korean_message_trimmed()
    {
        using var host = new KisTestHost();
        host.Handler.On(OrderCash, Business("40580000", "모의투자 장종료 입니다.     "));

        var result = await host.Client.Domestic.PlaceOrderAsync(Buy, CancellationToken.None);

        result.ShouldFail(BrokerErrorKind.Rejected).Message.ShouldBe("40580000 모의투자 장종료 입니다.");
    }

    [Fact]
    public async Task Over_the_rate_limit_the_call_backs_off_and_retries()
    {
        using var host = new KisTestHost();
        host.Handler.On(Price, Gateway("EGW00201", "초당 거래건수를 초과하였습니다."), Reply(HttpStatusCode.OK, KisBodies.DomesticPrice));

        var result = await host.DriveAsync(() => host.Client.Domestic.GetPriceAsync("005930", CancellationToken.None));

        result.ShouldSucceed().Price.ShouldBe(71900m);
        host.Handler.Uapi(Price).Count.ShouldBe(2);
    }

    [Fact]
    public async Task A_rate_limit_that_does_not_clear_ends_as_rate_limited_after_bounded_retries()
    {
        using var host = new KisTestHost();
        host.Handler.On(Price, Gateway("EGW00201", "초당 거래건수를 초과하였습니다."));

        var result = await host.DriveAsync(() => host.Client.Domestic.GetPriceAsync("005930", CancellationToken.None));

        result.ShouldFail(BrokerErrorKind.RateLimited);
        host.Handler.Uapi(Price).Count.ShouldBe(host.Client.Settings.MaxRateLimitRetries + 1);
    }

    [Fact]
    public async Task An_expired_token_is_replaced_and_the_call_retried_once()
    {
        using var host = new KisTestHost();
        host.Handler.On(Price, Gateway("EGW00123", "기간이 만료된 token 입니다."), Reply(HttpStatusCode.OK, KisBodies.DomesticPrice));

        var result = await host.DriveAsync(() => host.Client.Domestic.GetPriceAsync("005930", CancellationToken.None));

        result.ShouldSucceed();
        host.Handler.TokensIssued.ShouldBe(2);
        host.Handler.Uapi(Price).Select(s => s.Header("authorization")).ShouldBe(["Bearer token-1", "Bearer token-2"]);
    }

    [Fact]
    public async Task A_token_refused_twice_is_an_auth_error()
    {
        using var host = new KisTestHost();
        host.Handler.On(Price, Gateway("EGW00121", "유효하지 않은 token 입니다."));

        var result = await host.DriveAsync(() => host.Client.Domestic.GetPriceAsync("005930", CancellationToken.None));

        result.ShouldFail(BrokerErrorKind.Auth).Message.ShouldContain("EGW00121");
        host.Handler.Uapi(Price).Count.ShouldBe(2);
    }

    [Fact]
    public async Task A_vts_key_on_the_real_host_is_an_auth_error_that_says_so()
    {
        using var host = new KisTestHost(KisEnvironment.Real);
        host.Handler.On(Price, Gateway("EGW02004", "실전투자 도메인은 모의투자 앱키로 호출하실 수 없습니다."));

        var result = await host.Client.Domestic.GetPriceAsync("005930", CancellationToken.None);

        result.ShouldFail(BrokerErrorKind.Auth).Message.ShouldContain("paper host (VTS)");
    }

    [Fact]
    public async Task A_body_that_is_not_json_on_a_500_is_a_network_error_and_malformed_json_on_a_200_is_unknown()
    {
        using var host = new KisTestHost();
        host.Handler.On(Price, Reply(HttpStatusCode.InternalServerError, "<html>Bad gateway</html>"), Reply(HttpStatusCode.OK, """{"rt_cd":"0","output":{"""));

        (await host.Client.Domestic.GetPriceAsync("005930", CancellationToken.None)).ShouldFail(BrokerErrorKind.Network);
        (await host.Client.Domestic.GetPriceAsync("005930", CancellationToken.None)).ShouldFail(BrokerErrorKind.Unknown);
    }

    [Fact]
    public async Task A_query_that_times_out_is_a_network_error()
    {
        using var host = new KisTestHost(settings: new KisClientSettings { RequestTimeout = TimeSpan.FromSeconds(10) });
        host.Handler.On(Price, host.Handler.Hang);

        var call = host.Client.Domestic.GetPriceAsync("005930", CancellationToken.None);
        await host.Handler.Hanging.Task.WaitAsync(TimeSpan.FromSeconds(30));
        host.Clock.Advance(TimeSpan.FromSeconds(10));

        (await call.WaitAsync(TimeSpan.FromSeconds(30))).ShouldFail(BrokerErrorKind.Network).Message.ShouldContain("no answer within 10 s");
    }

    [Fact]
    public async Task An_order_that_times_out_is_unknown_whether_placed_and_is_not_resent()
    {
        using var host = new KisTestHost(settings: new KisClientSettings { RequestTimeout = TimeSpan.FromSeconds(10) });
        host.Handler.On(OrderCash, host.Handler.Hang);

        var call = host.Client.Domestic.PlaceOrderAsync(Buy, CancellationToken.None);
        await host.Handler.Hanging.Task.WaitAsync(TimeSpan.FromSeconds(30));
        host.Clock.Advance(TimeSpan.FromSeconds(10));

        (await call.WaitAsync(TimeSpan.FromSeconds(30))).ShouldFail(BrokerErrorKind.Unknown).Message.ShouldContain("unknown whether the order was placed");
        host.Handler.Uapi(OrderCash).Count.ShouldBe(1);
    }

    [Fact]
    public async Task An_order_refused_for_an_expired_token_is_not_resent()
    {
        using var host = new KisTestHost();
        host.Handler.On(OrderCash, Gateway("EGW00123", "기간이 만료된 token 입니다."), Reply(HttpStatusCode.OK, KisBodies.VtsOrderAccepted));

        var result = await host.DriveAsync(() => host.Client.Domestic.PlaceOrderAsync(Buy, CancellationToken.None));

        result.ShouldFail(BrokerErrorKind.Auth).Message.ShouldContain("not resent");
        host.Handler.Uapi(OrderCash).Count.ShouldBe(1);
    }

    [Fact]
    public async Task An_order_over_the_rate_limit_is_resent_because_it_was_not_processed()
    {
        using var host = new KisTestHost();
        host.Handler.On(OrderCash, Gateway("EGW00201", "초당 거래건수를 초과하였습니다."), Reply(HttpStatusCode.OK, KisBodies.VtsOrderAccepted));

        var result = await host.DriveAsync(() => host.Client.Domestic.PlaceOrderAsync(Buy, CancellationToken.None));

        result.ShouldSucceed().OrderNumber.ShouldBe("0000013903");
        host.Handler.Uapi(OrderCash).Count.ShouldBe(2);
    }

    [Fact]
    public async Task A_new_order_tr_refused_as_unknown_service_falls_back_to_the_old_one()
    {
        using var host = new KisTestHost();
        host.Handler.On(OrderCash, Business("OPSQ0002", "없는 서비스 코드 입니다."), Reply(HttpStatusCode.OK, KisBodies.VtsOrderAccepted));

        (await host.Client.Domestic.PlaceOrderAsync(Buy, CancellationToken.None)).ShouldSucceed();

        host.Handler.Uapi(OrderCash).Select(s => s.Header("tr_id")).ShouldBe(["VTTC0012U", "VTTC0802U"]);
    }

    [Fact]
    public async Task Order_bodies_have_upper_case_keys_string_values_and_a_hashkey_header()
    {
        using var host = new KisTestHost();
        host.Handler.On(OrderCash, KisBodies.VtsOrderAccepted);

        await host.Client.Domestic.PlaceOrderAsync(Buy, CancellationToken.None);

        var seen = host.Handler.Uapi(OrderCash).ShouldHaveSingleItem();
        seen.Header("hashkey").ShouldBe("hash-of-body");
        var body = seen.Json();
        foreach (var property in body.EnumerateObject())
        {
            property.Name.ShouldBe(property.Name.ToUpperInvariant());
            property.Value.ValueKind.ShouldBe(System.Text.Json.JsonValueKind.String);
        }
        body.GetProperty("ORD_QTY").GetString().ShouldBe("10");
        body.GetProperty("ORD_UNPR").GetString().ShouldBe("71500");
        host.Handler.Uapi("/uapi/hashkey").ShouldHaveSingleItem().Body.ShouldBe(seen.Body);
    }

    [Fact]
    public async Task With_the_hashkey_off_no_hashkey_is_asked()
    {
        using var host = new KisTestHost(settings: new KisClientSettings { UseHashKey = false, RequestTimeout = TimeSpan.FromHours(1) });
        host.Handler.On(OrderCash, KisBodies.VtsOrderAccepted);

        (await host.Client.Domestic.PlaceOrderAsync(Buy, CancellationToken.None)).ShouldSucceed();

        host.Handler.Uapi("/uapi/hashkey").ShouldBeEmpty();
        host.Handler.Uapi(OrderCash).ShouldHaveSingleItem().Headers.ContainsKey("hashkey").ShouldBeFalse();
    }

    [Fact]
    public async Task No_error_message_holds_the_secret_or_the_token()
    {
        using var host = new KisTestHost(KisEnvironment.Real);
        host.Handler.On(Price, Gateway("EGW00105", "유효하지 않은 AppSecret입니다."), Reply(HttpStatusCode.BadGateway, "not json"), Business("OPSQ2000", "INPUT INVALID_CHECK_ACNO"));
        var messages = new List<string>();
        for (var i = 0; i < 3; i++) messages.Add((await host.Client.Domestic.GetPriceAsync("005930", CancellationToken.None)).Error!.Message);

        messages.ShouldAllBe(m => !m.Contains(KisTestHost.AppSecret) && !m.Contains("token-1") && !m.Contains(KisTestHost.AppKey));
        messages[0].ShouldContain("EGW00105");
    }
}
