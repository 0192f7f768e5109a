using Ouroboros.Brokers.Kis.Domestic;
using Ouroboros.Brokers.Kis.Tests.FakeServer;
using Ouroboros.Brokers.Kis.Tests.Http;
using Ouroboros.Domain.Orders;
using Ouroboros.Fakes.Kis;

namespace Ouroboros.Brokers.Kis.Tests.Contract;

/// <summary>kis-openapi.md §3.3–§3.4 through the real client against the fake: token, cache, revoke, approval, hashkey.</summary>
public sealed class AuthContractTests
{
    [Theory]
    [InlineData(FakeKisHost.Real)]
    [InlineData(FakeKisHost.Vts)]
    public async Task A_token_is_issued_once_and_a_second_client_sharing_the_store_reuses_it(FakeKisHost host)
    {
        await using var kis = await KisContractHost.StartAsync(host);
        var first = (await kis.DriveAsync(() => kis.Client.Auth.GetTokenAsync(default))).ShouldSucceed();
        (first.ExpiresAt - first.IssuedAt).ShouldBe(TimeSpan.FromHours(24), TimeSpan.FromMinutes(1));

        // A restart: a new client with the same journal, within the minute in which a second issuance would be refused.
        var restarted = kis.NewClient();
        (await kis.DriveAsync(() => restarted.Domestic.GetPriceAsync("005930", default))).ShouldSucceed().Price.ShouldBe(71_900m);
        (await kis.DriveAsync(() => restarted.Auth.GetTokenAsync(default))).ShouldSucceed().Value.ShouldBe(first.Value);

        kis.Server.TokensIssued(kis.IsVts ? KisFakeHarness.VtsKey : KisFakeHarness.RealKey).ShouldBe(1);
        kis.Server.TokenRequestsThrottled(kis.IsVts ? KisFakeHarness.VtsKey : KisFakeHarness.RealKey).ShouldBe(0);
    }

    [Theory]
    [InlineData(FakeKisHost.Real)]
    [InlineData(FakeKisHost.Vts)]
    public async Task Concurrent_first_calls_share_one_issuance(FakeKisHost host)
    {
        await using var kis = await KisContractHost.StartAsync(host);
        var quotes = await kis.DriveAsync(() => Task.WhenAll(Enumerable.Range(0, 4).Select(_ => kis.Client.Domestic.GetPriceAsync("005930", default))));
        quotes.ShouldAllBe(q => q.IsSuccess);
        kis.RequestsTo("/oauth2/tokenP").ShouldBe(1);
    }

    [Theory]
    [InlineData(FakeKisHost.Real)]
    [InlineData(FakeKisHost.Vts)]
    public async Task A_revoked_token_is_forgotten_here_and_in_the_store_and_refused_by_the_host(FakeKisHost host)
    {
        await using var kis = await KisContractHost.StartAsync(host);
        var token = (await kis.DriveAsync(() => kis.Client.Auth.GetTokenAsync(default))).ShouldSucceed();
        (await kis.DriveAsync(() => kis.Client.Auth.RevokeTokenAsync(default))).ShouldSucceed().ShouldBeTrue();
        kis.Store.Tokens.ShouldBeEmpty();
        kis.RequestsTo("/oauth2/revokeP").ShouldBe(1);
        (await kis.DriveAsync(() => kis.Client.Auth.RevokeTokenAsync(default))).ShouldSucceed().ShouldBeFalse();

        // The next call needs a new token: after the host's minute, a fresh one, never the revoked one.
        kis.Clock.Advance(TimeSpan.FromMinutes(2));
        var next = (await kis.DriveAsync(() => kis.Client.Auth.GetTokenAsync(default))).ShouldSucceed();
        next.Value.ShouldNotBe(token.Value);
    }

    [Theory]
    [InlineData(FakeKisHost.Real)]
    [InlineData(FakeKisHost.Vts)]
    public async Task The_approval_key_is_registered_to_this_app_key(FakeKisHost host)
    {
        await using var kis = await KisContractHost.StartAsync(host);
        var key = (await kis.DriveAsync(() => kis.Client.Auth.GetApprovalKeyAsync(default))).ShouldSucceed();
        key.ShouldNotBeNullOrWhiteSpace();
        kis.Server.ApprovalKeyOwner(key).ShouldBe(kis.IsVts ? KisFakeHarness.VtsKey : KisFakeHarness.RealKey);
        kis.Server.Requests.Single(r => r.Path == "/oauth2/Approval").Body.ShouldNotContain(kis.IsVts ? KisFakeHarness.VtsSecret : KisFakeHarness.RealSecret);
    }

    [Theory]
    [InlineData(FakeKisHost.Real)]
    [InlineData(FakeKisHost.Vts)]
    public async Task The_hashkey_is_the_hosts_hash_of_the_body(FakeKisHost host)
    {
        await using var kis = await KisContractHost.StartAsync(host);
        var body = new Dictionary<string, string> { ["CANO"] = kis.Cano, ["ACNT_PRDT_CD"] = "01", ["PDNO"] = "005930", ["ORD_QTY"] = "1" };
        var hash = (await kis.DriveAsync(() => kis.Client.Auth.GetHashKeyAsync(body, default))).ShouldSucceed();
        var sent = kis.Server.Requests.Single(r => r.Path == "/uapi/hashkey").Body;
        hash.ShouldBe(Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(sent))));
        sent.ShouldContain("\"PDNO\":\"005930\"");
    }

    [Theory]
    [InlineData(FakeKisHost.Real)]
    [InlineData(FakeKisHost.Vts)]
    public async Task Orders_carry_a_hashkey_header_the_host_accepts(FakeKisHost host)
    {
        await using var kis = await KisContractHost.StartAsync(host);
        var ack = await kis.DriveAsync(() => kis.Client.Domestic.PlaceOrderAsync(
            new DomesticOrderRequest("005930", OrderSide.Buy, 1, DomesticOrderType.Limit, 71_000m), default));
        ack.ShouldSucceed().OrderNumber.ShouldNotBeNullOrWhiteSpace();
        kis.RequestsTo("/uapi/hashkey").ShouldBe(1);
        kis.Server.Orders.Single().TrId.ShouldBe(kis.IsVts ? "VTTC0012U" : "TTTC0012U");
    }
}
