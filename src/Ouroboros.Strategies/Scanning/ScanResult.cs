using System.Globalization;
using System.Text;

namespace Ouroboros.Strategies.Scanning;

/// <summary>
/// What a scan chose and why: the top picks best first, every instrument it could not score with the reason, and
/// <see cref="Scored"/> (all scored instruments, ranked) for callers that need figures of non-picks.
/// </summary>
public sealed record ScanResult(
    IReadOnlyList<ScannerPick> Picks,
    IReadOnlyList<ScannerPick> Scored,
    IReadOnlyList<ScanExclusion> Excluded)
{
    public static ScanResult Empty { get; } = new([], [], []);

    /// <summary>The selection context in a few lines, for logs and later review.</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"volatility scan: {Picks.Count} of {Scored.Count} scored picked, {Excluded.Count} excluded");
        foreach (var pick in Picks) text.Append('\n').Append("  ").Append(pick);
        foreach (var exclusion in Excluded) text.Append('\n').Append("  excluded ").Append(exclusion);
        return text.ToString();
    }
}
