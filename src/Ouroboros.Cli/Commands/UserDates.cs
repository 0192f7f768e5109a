using System.Globalization;

namespace Ouroboros.Cli.Commands;

/// <summary>
/// Dates and instants as users type them. Only 1900-2100 is accepted: no market data or calendar reaches outside it,
/// and the edges of .NET's date range (0001, 9999) make day arithmetic fail instead of answering.
/// </summary>
public static class UserDates
{
    public static readonly DateOnly First = new(1900, 1, 1);
    public static readonly DateOnly Last = new(2100, 12, 31);

    private static readonly string[] DateTimes =
        ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mmZ", "yyyy-MM-ddTHH:mm:ssZ", "yyyy-MM-ddTHH:mmzzz", "yyyy-MM-ddTHH:mm:sszzz"];

    /// <summary>yyyy-MM-dd (or an ISO date-time) as UTC; an end date includes its whole day.</summary>
    public static bool TryParse(string text, string option, bool endOfDay, out DateTimeOffset value, out string problem)
    {
        ArgumentNullException.ThrowIfNull(text);
        value = default;
        text = text.Trim();
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            if (!InRange(day, text, option, out problem)) return false;
            var start = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            value = endOfDay ? start.AddDays(1).AddTicks(-1) : start;
            return true;
        }
        if (DateTimeOffset.TryParseExact(text, DateTimes, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var t))
        {
            value = t;
            return InRange(DateOnly.FromDateTime(t.UtcDateTime), text, option, out problem);
        }
        problem = $"{option} '{text}' is not a date; use YYYY-MM-DD, e.g. {option} 2015-01-01";
        return false;
    }

    /// <summary>A calendar day, YYYY-MM-DD only.</summary>
    public static bool TryParseDay(string text, string option, out DateOnly day, out string problem)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = text.Trim();
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
            return InRange(day, text, option, out problem);
        problem = $"{option} '{text}' is not a date; use YYYY-MM-DD, e.g. {option} 2024-03-15";
        return false;
    }

    /// <summary>Whether an instant (already parsed) is one Ouroboros can answer about.</summary>
    public static bool InRange(DateOnly day, string text, string option, out string problem)
    {
        problem = "";
        if (day >= First && day <= Last) return true;
        problem = $"{option} '{text}' is outside the dates Ouroboros handles; use a date from {Show(First)} to {Show(Last)}, e.g. {option} {Example(option)}";
        return false;
    }

    private static string Example(string option) => option == "--at" ? "2026-11-23T00:00Z" : "2024-01-02";

    public static string Show(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
