using System.Globalization;

namespace Ouroboros.Brokers.Kis.WebSocket;

/// <summary>KIS sends every number as a string; an empty or unreadable one is missing (null), never zero.</summary>
internal static class KisNumber
{
    public static decimal? Parse(string text) =>
        decimal.TryParse(text.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
}
