using System.Globalization;

namespace Ouroboros.Brokers.Bybit.Common;

/// <summary>
/// Bybit sends prices, quantities and money as strings (external-apis.md §0). Missing or blank means unknown (null),
/// never zero; text that is not a number is a broken response, reported as such. Nothing goes through double.
/// </summary>
public static class BybitNumbers
{
    private const NumberStyles Style = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    /// <summary>The value, null when <paramref name="text"/> is null or blank; throws <see cref="BybitFormatException"/> otherwise.</summary>
    public static decimal? Parse(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        return decimal.TryParse(text.Trim(), Style, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new BybitFormatException($"the field {field} holds '{Shorten(text)}', which is not a number");
    }

    /// <summary>A millisecond timestamp as a time; null when blank or "0" (Bybit's "none").</summary>
    public static DateTimeOffset? ParseMillis(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Trim() == "0") return null;
        return long.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var ms)
            ? DateTimeOffset.FromUnixTimeMilliseconds(ms)
            : throw new BybitFormatException($"the field {field} holds '{Shorten(text)}', which is not a millisecond time");
    }

    /// <summary>A decimal as Bybit wants it in a request: invariant, no exponent, no trailing zeros.</summary>
    public static string Format(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    public static string Millis(DateTimeOffset time) => time.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
