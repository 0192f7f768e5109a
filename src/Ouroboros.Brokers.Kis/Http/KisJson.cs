using System.Text.Json;
using Ouroboros.Brokers.Kis.Common;

namespace Ouroboros.Brokers.Kis.Http;

/// <summary>
/// Reading KIS bodies: keys in any letter case (orders answer KRX_FWDG_ORD_ORGNO, modifies krx_fwdg_ord_orgno), every
/// <c>output*</c> as an object or an array (§3.1 says the documented type is sometimes wrong), numbers from strings.
/// </summary>
internal static class KisJson
{
    public static JsonElement? Property(JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object) return null;
        if (element.TryGetProperty(name, out var exact)) return exact;
        foreach (var p in element.EnumerateObject())
        {
            if (string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)) return p.Value;
        }
        return null;
    }

    /// <summary>The text of a field; numbers are accepted too (the token's expires_in is a number).</summary>
    public static string? Text(JsonElement element, string name) => Property(element, name) switch
    {
        { ValueKind: JsonValueKind.String } s => s.GetString(),
        { ValueKind: JsonValueKind.Number } n => n.GetRawText(),
        _ => null,
    };

    /// <summary>Trimmed text; null when missing or blank.</summary>
    public static string? Trimmed(JsonElement element, string name) => Text(element, name)?.Trim() is { Length: > 0 } t ? t : null;

    public static decimal? Decimal(JsonElement element, string name) => KisNumbers.Parse(Text(element, name), name);

    /// <summary>A field the contract always sends; its absence is a broken response.</summary>
    public static decimal RequiredDecimal(JsonElement element, string name) =>
        Decimal(element, name) ?? throw new KisFormatException($"the field {name} is missing");

    public static string RequiredText(JsonElement element, string name) =>
        Trimmed(element, name) ?? throw new KisFormatException($"the field {name} is missing");

    public static DateOnly? Date(JsonElement element, string name) => KisNumbers.ParseDate(Text(element, name), name);

    public static TimeOnly? Time(JsonElement element, string name) => KisNumbers.ParseTime(Text(element, name), name);

    public static bool? YesNo(JsonElement element, string name) => Trimmed(element, name) switch
    {
        "Y" or "y" => true,
        "N" or "n" => false,
        _ => null,
    };

    /// <summary>The rows of <paramref name="name"/>: an array's elements, or a lone object as one row; none when absent or empty.</summary>
    public static IReadOnlyList<JsonElement> Rows(JsonElement body, string name) => Property(body, name) switch
    {
        { ValueKind: JsonValueKind.Array } a => [.. a.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object && HasAnyValue(e))],
        { ValueKind: JsonValueKind.Object } o when HasAnyValue(o) => [o],
        _ => [],
    };

    /// <summary>The one object of <paramref name="name"/> (an object, or the first element of an array); null when absent.</summary>
    public static JsonElement? Single(JsonElement body, string name)
    {
        var rows = Rows(body, name);
        return rows.Count > 0 ? rows[0] : null;
    }

    public static JsonElement RequiredSingle(JsonElement body, string name) =>
        Single(body, name) ?? throw new KisFormatException($"the response has no {name}");

    // A row whose fields are all blank carries no data: it is no row, never a row of zeros.
    private static bool HasAnyValue(JsonElement row) =>
        row.EnumerateObject().Any(p => p.Value.ValueKind != JsonValueKind.String || !string.IsNullOrWhiteSpace(p.Value.GetString()));
}
