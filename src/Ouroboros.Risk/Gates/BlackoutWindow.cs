using System.Globalization;

namespace Ouroboros.Risk.Gates;

/// <summary>A configured no-new-entries window, e.g. around a central-bank decision: [Start, Start + Length).</summary>
public sealed record BlackoutWindow(DateTimeOffset Start, TimeSpan Length, string Label)
{
    public DateTimeOffset End => Start + Length;

    public bool Contains(DateTimeOffset time) => time >= Start && time < End;

    /// <summary>
    /// Parses "2026-03-18T18:00:00Z/60/FOMC;2026-04-30T12:00:00Z/30/BoJ" (start, minutes, label); problems are
    /// collected, not thrown, so a bad configuration lists them all at once.
    /// </summary>
    public static IReadOnlyList<BlackoutWindow> ParseList(string? text, List<string> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var list = new List<BlackoutWindow>();
        if (string.IsNullOrWhiteSpace(text)) return list;
        foreach (var raw in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = raw.Split('/', 3, StringSplitOptions.TrimEntries);
            if (parts.Length < 2
                || !DateTimeOffset.TryParse(parts[0], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var start)
                || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var minutes) || minutes <= 0)
            {
                problems.Add($"blackout window '{raw}' is not START/MINUTES[/LABEL] with an ISO start such as 2026-03-18T18:00:00Z and positive minutes");
                continue;
            }
            list.Add(new BlackoutWindow(start.ToUniversalTime(), TimeSpan.FromMinutes(minutes), parts.Length > 2 && parts[2].Length > 0 ? parts[2] : "event"));
        }
        return list;
    }
}
