using System.Globalization;
using System.Net;

namespace Ouroboros.Analytics.Reports;

/// <summary>Escaping and number/date formatting for the HTML report (invariant culture; "—" for missing values).</summary>
internal static class HtmlText
{
    public const string Missing = "—";

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Escapes text for element content and quoted attributes (&amp; &lt; &gt; &quot; &#39;).</summary>
    public static string Esc(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    public static string Pct(double? value, int digits = 2) => value is { } v ? Num(v * 100, digits) + (double.IsFinite(v) ? "%" : string.Empty) : Missing;

    /// <summary>Grouped with <paramref name="digits"/> decimals; a value that rounds to zero is shown without a minus sign.</summary>
    public static string Num(double? value, int digits = 2)
    {
        if (value is not { } v || !double.IsFinite(v)) return Missing;
        var rounded = Math.Round(v, digits);
        return (rounded == 0 ? 0 : rounded).ToString("N" + digits.ToString(Inv), Inv);
    }

    public static string Money(decimal? value) => value is { } v ? v.ToString("N2", Inv) : Missing;

    /// <summary>A price with the precision it needs: 2 decimals from 1,000, up to 4 from 1, up to 8 below 1.</summary>
    public static string Price(decimal value)
    {
        var abs = Math.Abs(value);
        return value.ToString(abs >= 1000 ? "N2" : abs >= 1 ? "#,##0.00##" : "0.00######", Inv);
    }

    public static string Quantity(decimal value) => value.ToString("0.########", Inv);

    public static string Int(long value) => value.ToString("N0", Inv);

    /// <summary>Compact value for chart axes: 1.25M, 350K, 12.5.</summary>
    public static string Compact(double value)
    {
        var abs = Math.Abs(value);
        if (abs >= 1e9) return (value / 1e9).ToString("0.##", Inv) + "B";
        if (abs >= 1e6) return (value / 1e6).ToString("0.##", Inv) + "M";
        if (abs >= 1e4) return (value / 1e3).ToString("0.#", Inv) + "K";
        if (abs >= 100) return value.ToString("0", Inv);
        return value.ToString(abs >= 1 ? "0.##" : "0.####", Inv);
    }

    public static string Date(DateTimeOffset? time, bool intraday) =>
        time is { } t ? t.UtcDateTime.ToString(intraday ? "yyyy-MM-dd HH:mm" : "yyyy-MM-dd", Inv) : Missing;

    public static string Duration(TimeSpan? span)
    {
        if (span is not { } s) return Missing;
        if (s.TotalDays >= 1) return s.Hours == 0 ? $"{(int)s.TotalDays}d" : $"{(int)s.TotalDays}d {s.Hours}h";
        if (s.TotalHours >= 1) return $"{(int)s.TotalHours}h {s.Minutes}m";
        return $"{(int)s.TotalMinutes}m";
    }

    /// <summary>CSS class for a signed figure: "pos", "neg" or "".</summary>
    public static string Sign(double? value) => value switch { > 0 => "pos", < 0 => "neg", _ => "" };

    public static string Sign(decimal? value) => value switch { > 0 => "pos", < 0 => "neg", _ => "" };

    /// <summary>An SVG coordinate with one decimal.</summary>
    public static string Coord(double value) => value.ToString("0.#", Inv);
}
