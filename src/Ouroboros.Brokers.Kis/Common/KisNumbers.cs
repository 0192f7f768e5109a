using System.Globalization;

namespace Ouroboros.Brokers.Kis.Common;

/// <summary>
/// KIS sends every number as a string (kis-openapi.md §0), often padded ("71500.0000", " 12 "). Missing or blank means
/// unknown (null), never zero; text that is not a number is a broken response, reported as such.
/// </summary>
public static class KisNumbers
{
    private const NumberStyles Style = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite;

    /// <summary>The value, null when <paramref name="text"/> is null or blank; throws <see cref="KisFormatException"/> otherwise.</summary>
    public static decimal? Parse(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        return decimal.TryParse(text, Style, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new KisFormatException($"the field {field} holds '{Shorten(text)}', which is not a number");
    }

    /// <summary>A decimal as KIS wants it in a request: invariant, no exponent, no trailing zeros after the point.</summary>
    public static string Format(decimal value)
    {
        var text = value.ToString("0.############", CultureInfo.InvariantCulture);
        return text;
    }

    public static DateOnly? ParseDate(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        return DateOnly.TryParseExact(text.Trim(), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new KisFormatException($"the field {field} holds '{Shorten(text)}', which is not a YYYYMMDD date");
    }

    public static TimeOnly? ParseTime(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        return TimeOnly.TryParseExact(text.Trim(), "HHmmss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : throw new KisFormatException($"the field {field} holds '{Shorten(text)}', which is not an HHMMSS time");
    }

    public static string FormatDate(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    public static string FormatTime(TimeOnly time) => time.ToString("HHmmss", CultureInfo.InvariantCulture);

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
