using Ouroboros.Brokers.Bybit.Common;
using Ouroboros.Core.Ports;
using Ouroboros.Fakes.Bybit;

namespace Ouroboros.Brokers.Bybit.Tests.Http;

/// <summary>Server-time tracking (10002 resyncs and retries once) and the per-endpoint limits read from the X-Bapi-Limit headers.</summary>
public sealed class BybitClockAndLimitTests
{
    private static int TimeRequests(FakeBybitServer server) => server.Requests.Count(r => r.Path == "/v5/market/time");

    [Fact]
    public async Task The_first_private_call_learns_the_servers_clock_offset()
    {
        await using var rig = await BybitRig.StartAsync();
        rig.Server.ClockSkew = TimeSpan.FromSeconds(30);
        var client = rig.NewClient();

        (await client.GetWalletBalanceAsync()).IsSuccess.ShouldBeTrue();

        client.Clock.Offset.ShouldBeInRange(TimeSpan.FromSeconds(29), TimeSpan.FromSeconds(31));
        TimeRequests(rig.Server).ShouldBe(1);
    }

    [Fact]
    public async Task A_clock_that_drifts_out_of_the_window_draws_10002_then_resyncs_and_the_retry_succeeds()
    {
        await using var rig = await BybitRig.StartAsync();
        var client = rig.NewClient();
        (await client.GetWalletBalanceAsync()).IsSuccess.ShouldBeTrue();
        rig.Server.ClockSkew = TimeSpan.FromSeconds(-20);

        var result = await client.GetPositionsAsync();

        result.IsSuccess.ShouldBeTrue(result.Error?.Message);
        TimeRequests(rig.Server).ShouldBe(2);
        rig.Server.Requests.Count(r => r.Path == "/v5/position/list").ShouldBe(2, "refused once, sent again once");
    }

    [Fact]
    public async Task A_timestamp_refused_again_after_the_resync_is_an_auth_error_telling_what_to_check()
    {
        await using var rig = await BybitRig.StartAsync();
        var client = rig.NewClient();
        rig.Server.Inject(FakeBybitFault.TimestampRejected("/v5/position/list", times: 3));

        var result = await client.GetPositionsAsync();

        result.Error!.Kind.ShouldBe(BrokerErrorKind.Auth);
        result.Error.Message.ShouldContain("BYBIT_RECV_WINDOW_MS");
        rig.Server.Requests.Count(r => r.Path == "/v5/position/list").ShouldBe(2, "one retry only");
        rig.Server.PendingFaults.ShouldBe(1);
    }

    [Fact]
    public async Task The_limit_headers_of_each_answer_are_kept_per_endpoint()
    {
        await using var rig = await BybitRig.StartAsync();
        var client = rig.NewClient();

        await client.GetPositionsAsync();
        await client.GetPositionsAsync();

        var limit = client.RateLimits.For("/v5/position/list").ShouldNotBeNull();
        limit.Limit.ShouldBe(50);
        // Two calls of the same window leave 48; a window that turned between them leaves 49.
        limit.Remaining.ShouldBeInRange(48, 49);
        client.RateLimits.For("/v5/order/create").ShouldBeNull();
    }

    [Fact]
    public async Task A_spent_limit_is_waited_out_before_sending_so_Bybit_never_answers_10006()
    {
        await using var rig = await BybitRig.StartAsync();
        rig.Server.SetRateLimit("/v5/position/list", 2);
        var client = rig.NewClient();

        for (var i = 0; i < 7; i++) (await client.GetPositionsAsync()).IsSuccess.ShouldBeTrue();

        rig.Server.RateLimitRejections.ShouldBe(0);
    }

    [Fact]
    public async Task A_10006_is_retried_after_the_reset_and_still_failing_it_is_a_rate_limit_error()
    {
        await using var rig = await BybitRig.StartAsync();
        var client = rig.NewClient(settings: new BybitClientSettings { MaxRateLimitRetries = 2 });
        rig.Server.Inject(FakeBybitFault.RateLimited("/v5/order/realtime"));

        (await client.GetOpenOrdersAsync()).IsSuccess.ShouldBeTrue();

        rig.Server.Inject(FakeBybitFault.RateLimited("/v5/order/realtime", times: 3));
        var spent = await client.GetOpenOrdersAsync();
        spent.Error!.Kind.ShouldBe(BrokerErrorKind.RateLimited);
        spent.Error.Message.ShouldContain("10006");
    }
}
