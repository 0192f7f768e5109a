using System.Globalization;

namespace Ouroboros.Ai.Prompts;

/// <summary>Invariant-culture numbers for prompts: prices without trailing zeros, indicators rounded, unknown as "na".</summary>
internal static class PromptNumbers
{
    public const string Unknown = "na";

    public static string Price(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    public static string Price(decimal? value) => value is { } v ? Price(v) : Unknown;

    public static string Indicator(double? value) => value switch
    {
        null => Unknown,
        { } v when double.IsNaN(v) || double.IsInfinity(v) => Unknown,
        { } v when Math.Abs(v) >= 1 => v.ToString("0.##", CultureInfo.InvariantCulture),
        { } v => v.ToString("0.########", CultureInfo.InvariantCulture),
    };
}
