using System.Text.Json.Nodes;

namespace Ouroboros.Fakes.Kis;

/// <summary>What the fake writes back: status, body and the KIS response headers (<c>tr_id</c> echo, <c>tr_cont</c>).</summary>
internal sealed record FakeKisReply(int Status, string Body, string? TrCont = null, string ContentType = "application/json; charset=utf-8")
{
    public static FakeKisReply Json(JsonObject body, string? trCont = null, int status = 200) =>
        new(status, FakeKisJson.Write(body), trCont);

    /// <summary>A gateway error (EGW…, OPSQ…): HTTP 500 with the rt_cd envelope, as §4.2 says the real hosts answer.</summary>
    public static FakeKisReply Gateway(string msgCd, string msg1) =>
        Json(FakeKisJson.Envelope("1", msgCd, msg1), status: 500);

    /// <summary>A business rejection: HTTP 200, rt_cd 1.</summary>
    public static FakeKisReply Rejected(string msgCd, string msg1) =>
        Json(FakeKisJson.Envelope("1", msgCd, msg1));

    /// <summary>The token endpoints' own error shape (§3.3): error_code / error_description.</summary>
    public static FakeKisReply TokenError(int status, string code, string description) =>
        Json(new JsonObject { ["error_code"] = code, ["error_description"] = description }, status: status);
}
