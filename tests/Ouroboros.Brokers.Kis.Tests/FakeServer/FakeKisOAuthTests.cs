using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Ouroboros.Fakes.Kis;

namespace Ouroboros.Brokers.Kis.Tests.FakeServer;

/// <summary>§9 point 2: token, revoke, approval and hashkey.</summary>
public sealed class FakeKisOAuthTests
{
    private const string Price = "/uapi/domestic-stock/v1/quotations/inquire-price";

    [Fact]
    public async Task A_token_answer_has_a_numeric_expires_in_a_KST_expiry_and_a_JWT_naming_the_app_key()
    {
        await using var kis = await KisFakeHarness.StartAsync(FakeKisHost.Vts, withToken: false);
        var (status, body) = await kis.IssueTokenAsync();
        status.ShouldBe(HttpStatusCode.OK);
        body.GetProperty("expires_in").ValueKind.ShouldBe(JsonValueKind.Number);
        body.GetProperty("expires_in").GetInt64().ShouldBe(86400);
        body.GetProperty("token_type").GetString().ShouldBe("Bearer");
        body.GetProperty("access_token_token_expired").GetString().ShouldBe("2026-07-10 10:00:00");
        var parts = body.GetProperty("access_token").GetString()!.Split('.');
        parts.Length.ShouldBe(3);
        var payload = parts[1].Replace('-', '+').Replace('_', '/');
        payload += new string('=', (4 - payload.Length % 4) % 4);
        Encoding.UTF8.GetString(Convert.FromBase64String(payload)).ShouldContain("\"jti\":\"" + KisFakeHarness.VtsKey + "\"");
    }

    [Fact]
    public async Task A_second_issuance_within_a_minute_is_refused_with_EGW00133_in_the_token_error_shape()
    {
        await using var kis = await KisFakeHarness.StartAsync(FakeKisHost.Real);
        kis.Clock.Advance(TimeSpan.FromSeconds(59));
        var (status, body) = await kis.IssueTokenAsync();
        status.ShouldBe(HttpStatusCode.Forbidden);
        body.GetProperty("error_code").GetString().ShouldBe("EGW00133");
        body.GetProperty("error_description").GetString()!.ShouldContain("1분당 1회");
        kis.Server.TokenRequestsThrottled(KisFakeHarness.RealKey).ShouldBe(1);
        kis.Server.TokensIssued(KisFakeHarness.RealKey).ShouldBe(1);
    }

    [Fact]
    public async Task Within_six_hours_the_same_token_comes_back_and_after_that_a_new_one()
    {
        await using var kis = await KisFakeHarness.StartAsync(FakeKisHost.Real);
        kis.Clock.Advance(TimeSpan.FromHours(5));
        var (_, again) = await kis.IssueTokenAsync();
        again.GetProperty("access_token").GetString().ShouldBe(kis.Token);
        kis.Clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(1));
        var (_, fresh) = await kis.IssueTokenAsync();
        fresh.GetProperty("access_token").GetString().ShouldNotBe(kis.Token);
        kis.Server.TokensIssued(KisFakeHarness.RealKey).ShouldBe(3);
    }

    [Fact]
    public async Task Expired_tokens_answer_EGW00123_and_invalidated_ones_EGW00121_on_HTTP_500()
    {
        await using var kis = await KisFakeHarness.StartAsync(FakeKisHost.Vts);
        kis.Server.SetPrice("005930", 71_900m);
        (await QuoteAsync(kis)).RtCd.ShouldBe("0");
        kis.Server.ExpireTokens();
        var expired = await QuoteAsync(kis);
        expired.Status.ShouldBe(HttpStatusCode.InternalServerError);
        expired.MsgCd.ShouldBe("EGW00123");
        expired.RtCd.ShouldBe("1");

        kis.Clock.Advance(TimeSpan.FromMinutes(1));
        var (_, body) = await kis.IssueTokenAsync();
        kis.Token = body.GetProperty("access_token").GetString()!;
        (await QuoteAsync(kis)).RtCd.ShouldBe("0");
        kis.Server.InvalidateTokens();
        (await QuoteAsync(kis)).MsgCd.ShouldBe("EGW00121");
    }

    [Fact]
    public async Task A_token_dies_of_old_age_after_24_hours()
    {
        await using var kis = await KisFakeHarness.StartAsync(FakeKisHost.Vts);
        kis.Server.SetPrice("005930", 71_900m);
        kis.Clock.Advance(TimeSpan.FromHours(24));
        (await QuoteAsync(kis)).MsgCd.ShouldBe("EGW00123");
    }

    [Fact]
    public async Task A_revoked_token_is_no_longer_accepted()
    {
        await using var kis = await KisFakeHarness.StartAsync(FakeKisHost.Real);
        kis.Server.SetPrice("005930", 71_900m);
        var (status, _) = await kis.PostRawAsync("/oauth2/revokeP", new { appkey = kis.Key, appsecret = kis.Secret, token = kis.Token });
        status.ShouldBe(HttpStatusCode.OK);
        (await QuoteAsync(kis)).MsgCd.ShouldBe("EGW00121");
    }

    [Fact]
    public async Task The_approval_key_is_issued_for_a_body_naming_the_secret_secretkey_and_its_owner_is_known()
    {
        await using var kis = await KisFakeHarness.StartAsync(FakeKisHost.Vts, withToken: false);
        var (refused, _) = await kis.PostRawAsync("/oauth2/Approval", new { grant_type = "client_credentials", appkey = kis.Key, appsecret = kis.Secret });
        refused.ShouldBe(HttpStatusCode.Forbidden);
        var (status, body) = await kis.PostRawAsync("/oauth2/Approval", new { grant_type = "client_credentials", appkey = kis.Key, secretkey = kis.Secret });
        status.ShouldBe(HttpStatusCode.OK);
        var approval = body.GetProperty("approval_key").GetString()!;
        kis.Server.ApprovalKeyOwner(approval).ShouldBe(KisFakeHarness.VtsKey);
        kis.Server.ApprovalKeyOwner("nope").ShouldBeNull();
    }

    [Fact]
    public async Task The_hashkey_endpoint_answers_a_HASH_that_depends_on_the_body()
    {
        await using var kis = await KisFakeHarness.StartAsync(FakeKisHost.Real, withToken: false);
        async Task<string> HashAsync(string qty)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/uapi/hashkey")
            {
                Content = new StringContent("{\"CANO\":\"12345678\",\"ORD_QTY\":\"" + qty + "\"}", Encoding.UTF8, "application/json"),
            };
            request.Headers.Add("appkey", kis.Key);
            request.Headers.Add("appsecret", kis.Secret);
            using var response = await kis.Http.SendAsync(request);
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            return doc.RootElement.GetProperty("HASH").GetString()!;
        }
        var one = await HashAsync("1");
        one.ShouldNotBeNullOrWhiteSpace();
        (await HashAsync("2")).ShouldNotBe(one);
    }

    private static Task<KisAnswer> QuoteAsync(KisFakeHarness kis) =>
        kis.GetAsync(Price, "FHKST01010100", new Dictionary<string, string> { ["FID_COND_MRKT_DIV_CODE"] = "J", ["FID_INPUT_ISCD"] = "005930" });

    internal static string Kst(DateTimeOffset t) => t.ToOffset(TimeSpan.FromHours(9)).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
