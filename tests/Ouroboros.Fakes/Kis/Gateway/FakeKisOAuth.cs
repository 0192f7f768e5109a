using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Ouroboros.Fakes.Kis;

/// <summary>/oauth2/tokenP, /oauth2/revokeP, /oauth2/Approval (§3.3) and /uapi/hashkey (§3.4). Called under the lock.</summary>
internal static class FakeKisOAuth
{
    public static FakeKisReply Token(FakeKisRequest request, FakeKisState state)
    {
        if (request.BodyValue("grant_type") != "client_credentials")
            return FakeKisReply.TokenError(403, FakeKisMessages.GrantTypeInvalid, FakeKisMessages.GrantTypeInvalidText);
        if (Owner(request, state, request.BodyValue("appkey"), request.BodyValue("appsecret")) is { } error)
            return error;
        if (state.Tokens.Issue(request.BodyValue("appkey")) is not { } issued)
            return FakeKisReply.TokenError(403, FakeKisMessages.TokenThrottled, FakeKisMessages.TokenThrottledText);
        return FakeKisReply.Json(new JsonObject
        {
            ["access_token"] = issued.Token,
            ["access_token_token_expired"] = issued.ExpiresAt.ToOffset(TimeSpan.FromHours(9)).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
            ["token_type"] = "Bearer",
            ["expires_in"] = (long)(issued.ExpiresAt - state.Clock.GetUtcNow()).TotalSeconds,
        });
    }

    /// <summary>The revoke answer is not documented (§11); the fake answers HTTP 200 with code/message.</summary>
    public static FakeKisReply Revoke(FakeKisRequest request, FakeKisState state)
    {
        var appKey = request.BodyValue("appkey");
        if (Owner(request, state, appKey, request.BodyValue("appsecret")) is { } error)
            return error;
        return state.Tokens.Revoke(request.BodyValue("token"), appKey)
            ? FakeKisReply.Json(new JsonObject { ["code"] = 200, ["message"] = "접근토큰 폐기에 성공하였습니다" })
            : FakeKisReply.TokenError(403, FakeKisMessages.InvalidToken, FakeKisMessages.InvalidTokenText);
    }

    public static FakeKisReply Approval(FakeKisRequest request, FakeKisState state)
    {
        if (request.BodyValue("grant_type") != "client_credentials")
            return FakeKisReply.TokenError(403, FakeKisMessages.GrantTypeInvalid, FakeKisMessages.GrantTypeInvalidText);
        var appKey = request.BodyValue("appkey");
        if (Owner(request, state, appKey, request.BodyValue("secretkey")) is { } error)
            return error;
        return FakeKisReply.Json(new JsonObject { ["approval_key"] = state.Tokens.IssueApprovalKey(appKey) });
    }

    /// <summary>HASH is the SHA-256 of the body as sent; the body is echoed as BODY (the echo's name is unconfirmed, §11).</summary>
    public static FakeKisReply Hashkey(FakeKisRequest request, FakeKisState state)
    {
        if (FakeKisGate.Keys(request, state) is { } error)
            return error;
        var hash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(request.RawBody)));
        var echo = request.RawBody.Length > 0 ? SafeParse(request.RawBody) : null;
        return FakeKisReply.Json(new JsonObject { ["BODY"] = echo, ["HASH"] = hash });
    }

    private static JsonNode? SafeParse(string raw)
    {
        try
        {
            return JsonNode.Parse(raw);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    /// <summary>Token-endpoint errors use error_code/error_description; the wrong environment's key is HTTP 500 (§0).</summary>
    private static FakeKisReply? Owner(FakeKisRequest request, FakeKisState state, string appKey, string secret)
    {
        if (request.Body is null)
            return FakeKisReply.TokenError(403, FakeKisMessages.AppKeyMissing, FakeKisMessages.AppKeyMissingText);
        if (appKey.Length == 0)
            return FakeKisReply.TokenError(403, FakeKisMessages.AppKeyMissing, FakeKisMessages.AppKeyMissingText);
        if (state.KeyOwner(appKey) is not { } owner)
            return FakeKisReply.TokenError(403, FakeKisMessages.AppKeyInvalid, FakeKisMessages.AppKeyInvalidText);
        if (owner.Host != state.Host)
            return FakeKisReply.TokenError(500, FakeKisMessages.WrongDomain, FakeKisGate.WrongDomainText(state.Host));
        return secret != owner.AppSecret ? FakeKisReply.TokenError(403, FakeKisMessages.AppSecretInvalid, FakeKisMessages.AppSecretInvalidText) : null;
    }
}
