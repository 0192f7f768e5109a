using System.Globalization;
using System.Text.Json.Nodes;

namespace Ouroboros.Fakes.Bybit;

/// <summary>An answer ready to write: status, body, content type and the rate-limit headers.</summary>
internal sealed record FakeBybitReply(int Status, string Body, string ContentType = "application/json")
{
    public (int Limit, int Remaining, long ResetMillis)? Limit { get; init; }

    /// <summary>The v5 envelope (external-apis.md §1.3), HTTP 200 whatever the retCode.</summary>
    public static FakeBybitReply Envelope(int retCode, string retMsg, JsonNode? result, long timeMillis) => new(200, new JsonObject
    {
        ["retCode"] = retCode,
        ["retMsg"] = retMsg,
        ["result"] = result ?? new JsonObject(),
        ["retExtInfo"] = new JsonObject(),
        ["time"] = timeMillis,
    }.ToJsonString());

    public static FakeBybitReply Ok(JsonNode result, long timeMillis) => Envelope(0, "OK", result, timeMillis);

    public static FakeBybitReply Error(int retCode, string retMsg, long timeMillis) => Envelope(retCode, retMsg, null, timeMillis);

    public static string Text(decimal value) => value.ToString("0.########", CultureInfo.InvariantCulture);

    public static string Millis(DateTimeOffset time) => time.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
}
