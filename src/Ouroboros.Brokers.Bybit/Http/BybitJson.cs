using System.Globalization;
using System.Text.Json;
using Ouroboros.Brokers.Bybit.Common;
using Ouroboros.Domain.Orders;

namespace Ouroboros.Brokers.Bybit.Http;

/// <summary>Field access on Bybit's JSON: numbers arrive as strings and are read as decimals; a missing field is null.</summary>
internal static class BybitJson
{
    public static string? Str(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) ? v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Number => v.GetRawText(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => null,
        } : null;

    public static string Required(JsonElement e, string name) =>
        Str(e, name) is { Length: > 0 } s ? s : throw new BybitFormatException($"the field {name} is missing");

    public static decimal? Dec(JsonElement e, string name) => BybitNumbers.Parse(Str(e, name), name);

    public static decimal RequiredDec(JsonElement e, string name) => Dec(e, name) ?? throw new BybitFormatException($"the field {name} is missing");

    public static DateTimeOffset? Millis(JsonElement e, string name) => BybitNumbers.ParseMillis(Str(e, name), name);

    public static bool Bool(JsonElement e, string name) => Str(e, name) is "true" or "1";

    public static int Int(JsonElement e, string name) =>
        int.TryParse(Str(e, name), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i) ? i : 0;

    public static OrderSide Side(JsonElement e, string name) => SideOrNull(e, name) ?? throw new BybitFormatException($"the field {name} is not Buy or Sell");

    public static OrderSide? SideOrNull(JsonElement e, string name) => Str(e, name) switch
    {
        "Buy" => OrderSide.Buy,
        "Sell" => OrderSide.Sell,
        "" or null or "None" => null,
        var other => throw new BybitFormatException($"the field {name} holds '{other}', not Buy or Sell"),
    };

    /// <summary>The <c>list</c> array of a result (an absent list is a broken answer, not an empty one).</summary>
    public static JsonElement.ArrayEnumerator List(JsonElement result) =>
        result.ValueKind == JsonValueKind.Object && result.TryGetProperty("list", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray()
            : throw new BybitFormatException("the result has no list");

    public static string WireSide(OrderSide side) => side == OrderSide.Buy ? "Buy" : "Sell";
}
