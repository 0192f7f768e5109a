using System.Net;
using Ouroboros.Brokers.Kis.Common;
using Ouroboros.Brokers.Kis.Tests.Http;
using Ouroboros.Core.Ports;
using static Ouroboros.Brokers.Kis.Tests.Http.ScriptedKisHandler;

namespace Ouroboros.Brokers.Kis.Tests.Common;

public sealed class KisTokenTests
{
    [Fact]
    public async Task Two_clients_sharing_a_store_issue_one_token()
    {
        using var first = new KisTestHost();
        using var second = new KisTestHost(store: first.Store, clock: first.Clock, handler: first.Handler);

        var a = (await first.Client.Auth.GetTokenAsync(CancellationToken.None)).ShouldSucceed();
        var b = (await second.Client.Auth.GetTokenAsync(CancellationToken.None)).ShouldSucceed();

        b.Value.ShouldBe(a.Value);
        first.Handler.TokensIssued.ShouldBe(1);
        first.Store.Tokens.Keys.ShouldHaveSingleItem().ShouldBe(("kis", KisKeyFingerprint.Of(KisTestHost.AppKey)));
    }

    [Fact]
    public async Task The_token_request_sends_the_grant_key_and_secret_and_the_expiry_comes_from_expires_in()
    {
        using var host = new KisTestHost();
        var token = (await host.Client.Auth.GetTokenAsync(CancellationToken.None)).ShouldSucceed();

        var body = host.Handler.Uapi("/oauth2/tokenP").ShouldHaveSingleItem().Json();
        body.GetProperty("grant_type").GetString().ShouldBe("client_credentials");
        body.GetProperty("appkey").GetString().ShouldBe(KisTestHost.AppKey);
        body.GetProperty("appsecret").GetString().ShouldBe(KisTestHost.AppSecret);
        (token.ExpiresAt - token.IssuedAt).ShouldBe(TimeSpan.FromHours(24));
    }

    [Fact]
    public async Task Concurrent_callers_share_one_issuance()
    {
        using var host = new KisTestHost();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        host.Handler.On("/oauth2/tokenP", async (_, _) =>
        {
            await release.Task;
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(TokenBody("shared")) };
        });
        var callers = Enumerable.Range(0, 5).Select(_ => Task.Run(() => host.Client.Auth.GetTokenAsync(CancellationToken.None))).ToList();
        await Task.Delay(50);
        release.SetResult();

        var tokens = await Task.WhenAll(callers);
        tokens.Select(t => t.ShouldSucceed().Value).Distinct().ShouldHaveSingleItem().ShouldBe("shared");
        host.Handler.Uapi("/oauth2/tokenP").Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_token_is_refreshed_ten_minutes_before_it_expires_and_not_before()
    {
        using var host = new KisTestHost();
        host.Handler.On("/oauth2/tokenP", Reply(HttpStatusCode.OK, TokenBody("first", expiresIn: 3600)), Reply(HttpStatusCode.OK, TokenBody("second")));
        (await host.Client.Auth.GetTokenAsync(CancellationToken.None)).ShouldSucceed().Value.ShouldBe("first");

        host.Clock.Advance(TimeSpan.FromMinutes(48));
        (await host.Client.Auth.GetTokenAsync(CancellationToken.None)).ShouldSucceed().Value.ShouldBe("first");
        host.Clock.Advance(TimeSpan.FromMinutes(2));
        (await host.Client.Auth.GetTokenAsync(CancellationToken.None)).ShouldSucceed().Value.ShouldBe("second");
        host.Store.Tokens.Values.ShouldHaveSingleItem().Value.ShouldBe("second");
    }

    [Fact]
    public async Task A_restart_reuses_the_stored_token_until_it_expires()
    {
        using var before = new KisTestHost();
        await before.Client.Auth.GetTokenAsync(CancellationToken.None);
        using var after = new KisTestHost(store: before.Store, clock: before.Clock);
        before.Clock.Advance(TimeSpan.FromHours(12));

        (await after.Client.Auth.GetTokenAsync(CancellationToken.None)).ShouldSucceed().Value.ShouldBe("token-1");
        after.Handler.TokensIssued.ShouldBe(0);
    }

    [Fact]
    public async Task On_EGW00133_the_client_waits_a_minute_and_asks_again_without_looping()
    {
        using var host = new KisTestHost();
        host.Handler.On("/oauth2/tokenP",
            Reply(HttpStatusCode.Forbidden, """{"error_code":"EGW00133","error_description":"접근토큰 발급 잠시 후 다시 시도하세요(1분당 1회)"}"""),
            Reply(HttpStatusCode.OK, TokenBody("after-a-minute")));
        var start = host.Clock.GetUtcNow();

        var token = await host.DriveAsync(() => host.Client.Auth.GetTokenAsync(CancellationToken.None));

        token.ShouldSucceed().Value.ShouldBe("after-a-minute");
        host.Handler.Uapi("/oauth2/tokenP").Count.ShouldBe(2);
        (host.Clock.GetUtcNow() - start).ShouldBeGreaterThanOrEqualTo(TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task Issuance_that_stays_throttled_ends_as_rate_limited_after_a_bounded_number_of_minutes()
    {
        using var host = new KisTestHost();
        host.Handler.On("/oauth2/tokenP", Reply(HttpStatusCode.Forbidden, """{"error_code":"EGW00133","error_description":"접근토큰 발급 잠시 후 다시 시도하세요(1분당 1회)"}"""));

        var token = await host.DriveAsync(() => host.Client.Auth.GetTokenAsync(CancellationToken.None));

        token.ShouldFail(BrokerErrorKind.RateLimited).Message.ShouldContain("EGW00133");
        host.Handler.Uapi("/oauth2/tokenP").Count.ShouldBe(3);
    }

    [Fact]
    public async Task Revoking_sends_the_token_and_forgets_it_in_the_store()
    {
        using var host = new KisTestHost();
        host.Handler.On("/oauth2/revokeP", """{"code":200,"message":"접근토큰 폐기에 성공하였습니다"}""");
        await host.Client.Auth.GetTokenAsync(CancellationToken.None);

        (await host.Client.Auth.RevokeTokenAsync(CancellationToken.None)).ShouldSucceed().ShouldBeTrue();

        host.Handler.Uapi("/oauth2/revokeP").ShouldHaveSingleItem().Json().GetProperty("token").GetString().ShouldBe("token-1");
        host.Store.Tokens.ShouldBeEmpty();
        var next = await host.DriveAsync(() => host.Client.Auth.GetTokenAsync(CancellationToken.None));
        next.ShouldSucceed().Value.ShouldBe("token-2");
    }

    [Fact]
    public async Task The_websocket_approval_key_is_asked_with_the_secret_named_secretkey()
    {
        using var host = new KisTestHost();
        host.Handler.On("/oauth2/Approval", """{"approval_key":"a1b2c3"}""");

        (await host.Client.Auth.GetApprovalKeyAsync(CancellationToken.None)).ShouldSucceed().ShouldBe("a1b2c3");

        var body = host.Handler.Uapi("/oauth2/Approval").ShouldHaveSingleItem().Json();
        body.GetProperty("secretkey").GetString().ShouldBe(KisTestHost.AppSecret);
        body.TryGetProperty("appsecret", out _).ShouldBeFalse();
    }
}
