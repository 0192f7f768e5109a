using System.Globalization;

namespace Ouroboros.Cli.Output;

/// <summary>Human formatting of numbers that may be missing (shown as "n/a", never as 0).</summary>
public static class Format
{
    public static string Pct(double? value) => value is { } v ? v.ToString("0.00%", CultureInfo.InvariantCulture) : "n/a";
    public static string Num(double? value, string format = "0.00") => value is { } v ? v.ToString(format, CultureInfo.InvariantCulture) : "n/a";
    public static string Money(decimal? value) => value is { } v ? v.ToString("#,0.00", CultureInfo.InvariantCulture) : "n/a";
    public static string Date(DateTimeOffset? value) => value is { } v ? v.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "n/a";
}
