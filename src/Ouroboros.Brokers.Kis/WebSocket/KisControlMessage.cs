using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ouroboros.Brokers.Kis.WebSocket;

/// <summary>
/// A JSON frame from the server: a PINGPONG, or the acknowledgement of a subscribe/unsubscribe with its OPSP code and,
/// on success, the AES key and IV of that TR (kis-openapi.md §7, §4.3). <see cref="ToString"/> leaves the key out.
/// </summary>
internal sealed record KisControlMessage(string TrId, string? TrKey, string? ResultCode, string? MessageCode, string? Message, string? AesKey, string? AesIv)
{
    public const string PingPong = "PINGPONG";

    public bool IsPingPong => TrId == PingPong;

    /// <summary>The message, or null when <paramref name="json"/> is not JSON with a header and a tr_id.</summary>
    public static KisControlMessage? TryParse(string json)
    {
        try
        {
            if (JsonNode.Parse(json) is not JsonObject root || root["header"] is not JsonObject header || Text(header["tr_id"]) is not { } trId)
                return null;
            var body = root["body"] as JsonObject;
            var output = body?["output"] as JsonObject;
            return new KisControlMessage(
                trId, Text(header["tr_key"]), Text(body?["rt_cd"]), Text(body?["msg_cd"]), Text(body?["msg1"])?.Trim(),
                Text(output?["key"]), Text(output?["iv"]));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The subscribe (<c>tr_type</c> 1) or unsubscribe (2) request, with the approval key in its header.</summary>
    public static string Request(string approvalKey, string customerType, KisSubscription subscription, bool subscribe) =>
        new JsonObject
        {
            ["header"] = new JsonObject
            {
                ["approval_key"] = approvalKey,
                ["custtype"] = customerType,
                ["tr_type"] = subscribe ? "1" : "2",
                ["content-type"] = "utf-8",
            },
            ["body"] = new JsonObject { ["input"] = new JsonObject { ["tr_id"] = subscription.TrId, ["tr_key"] = subscription.TrKey } },
        }.ToJsonString();

    public override string ToString() => $"KisControlMessage({TrId}/{TrKey}: {MessageCode} {Message})";

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var s) ? s : null;
}
