using System.Globalization;

namespace Ouroboros.Strategies.Planning;

/// <summary>Invariant formatting of the figures quoted in rationales and summaries.</summary>
internal static class Figures
{
    public static string F1(double value) => value.ToString("F1", CultureInfo.InvariantCulture);

    public static string F2(double value) => value.ToString("F2", CultureInfo.InvariantCulture);

    public static string Price(decimal value) => PriceLevels.Literal(value);

    public static string Price(double value) => value.ToString(value >= 100 ? "F0" : "G6", CultureInfo.InvariantCulture);
}
