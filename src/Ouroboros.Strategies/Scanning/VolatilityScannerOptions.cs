namespace Ouroboros.Strategies.Scanning;

/// <summary>
/// Settings of <see cref="VolatilityScanner"/>. <see cref="MinBars"/> is at least 21 because the scan reads a 20-bar
/// volume average and the close before the last bar; <see cref="MaxLag"/> drops instruments whose data stopped
/// (their last bar is that much older than the newest last bar of the scan).
/// </summary>
public sealed record VolatilityScannerOptions
{
    public int TopN { get; init; } = 3;

    /// <summary>Score points given to the most liquid instrument; the least liquid gets 0.</summary>
    public double LiquidityBonus { get; init; } = 1.0;

    public int MinBars { get; init; } = 21;

    public TimeSpan MaxLag { get; init; } = TimeSpan.FromDays(10);

    /// <summary>Throws with every problem at once.</summary>
    public VolatilityScannerOptions Validated()
    {
        var problems = new List<string>();
        if (TopN < 1) problems.Add($"TopN must be at least 1, not {TopN}");
        if (!(LiquidityBonus is >= 0 and <= 100)) problems.Add($"LiquidityBonus must be in [0, 100], not {LiquidityBonus}");
        if (MinBars < 21) problems.Add($"MinBars must be at least 21 (20-bar averages and a previous close), not {MinBars}");
        if (MaxLag <= TimeSpan.Zero) problems.Add($"MaxLag must be positive, not {MaxLag}");
        return problems.Count == 0 ? this : throw new ArgumentException("volatility scanner: " + string.Join("; ", problems));
    }
}
