using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace Ouroboros.Fakes.Kis;

/// <summary>Envelope and number formatting: every number goes out as a string (§3.1), Korean text unescaped.</summary>
internal static class FakeKisJson
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static string Write(JsonNode node) => node.ToJsonString(Options);

    public static JsonObject Envelope(string rtCd, string msgCd, string msg1) =>
        new() { ["rt_cd"] = rtCd, ["msg_cd"] = msgCd, ["msg1"] = msg1 };

    public static JsonObject Success(string msgCd, string msg1) => Envelope("0", msgCd, msg1);

    /// <summary>Whole numbers: prices in KRW, quantities, volumes.</summary>
    public static string Int(decimal value) => decimal.Round(value, 0, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture);

    public static string Dec(decimal value, int places) =>
        decimal.Round(value, places, MidpointRounding.AwayFromZero).ToString("F" + places.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>A percentage with two decimals, or "0.00" when the base is zero.</summary>
    public static string Rate(decimal part, decimal whole) => whole == 0 ? "0.00" : Dec(part / whole * 100m, 2);

    /// <summary>KIS sign codes: 2 up, 3 unchanged, 5 down (limits 1/4 when at the band).</summary>
    public static string Sign(decimal change, bool atUpper = false, bool atLower = false) =>
        atUpper ? "1" : atLower ? "4" : change > 0 ? "2" : change < 0 ? "5" : "3";

    public static JsonArray Array(IEnumerable<JsonObject> rows)
    {
        var array = new JsonArray();
        foreach (var row in rows)
            array.Add(row);
        return array;
    }
}
