namespace Ouroboros.Benchmarks.WholeRun;

/// <summary>
/// Sizes of the throughput workloads. <see cref="Full"/> is what docs/performance.md reports; <see cref="Quick"/> is a
/// smoke test for CI (fewer bars and runs, same correctness checks).
/// </summary>
public sealed record BenchSettings
{
    /// <summary>Bars of the stitched single-instrument series for W1 (SMA cross).</summary>
    public int W1Bars { get; init; } = 1_000_000;

    /// <summary>A shorter W1 run whose difference to the long one gives the per-bar slope (setup cancels out).</summary>
    public int W1ShortBars { get; init; } = 100_000;

    public int W2Instruments { get; init; } = 500;
    public int W2Bars { get; init; } = 2_500;
    public int W2Top { get; init; } = 50;

    /// <summary>W5 (risk overhead): synthetic KRX stocks; at 5% of equity each, all of them held stay under the 80% exposure limit.</summary>
    public int W5Instruments { get; init; } = 15;

    /// <summary>Daily bars per W5 instrument (15 × 15,000 = 225,000 bar events, 2000–2057; a risk-off run takes over 50 ms).</summary>
    public int W5Bars { get; init; } = 15_000;

    /// <summary>Measured W5 pairs (one risk-off and one risk-on run each, alternating which goes first).</summary>
    public int W5Pairs { get; init; } = 11;

    /// <summary>Updates per indicator per measured run (the real price series repeated).</summary>
    public int IndicatorUpdates { get; init; } = 2_000_000;

    public int WarmupRuns { get; init; } = 2;

    /// <summary>
    /// Warm-up also lasts at least this long per workload, so that tiered compilation has replaced the first-tier code
    /// before anything is measured: it waits ~100 ms after the last new method, compiles in the background, and on a
    /// busy two-core machine W1 was measured to keep getting faster for about a second of runs.
    /// </summary>
    public double MinWarmupSeconds { get; init; } = 3;

    /// <summary>The same for each indicator loop of W4 (small loops; forty of them).</summary>
    public double IndicatorMinWarmupSeconds { get; init; } = 0.5;

    /// <summary>Upper bound of one workload's warm-up (see BenchRunner.WarmUpAsync).</summary>
    public double MaxWarmupSeconds { get; init; } = 30;

    public int MeasuredRuns { get; init; } = 7;

    /// <summary>Seed of the synthetic W2 and W5 universes.</summary>
    public int Seed { get; init; } = 20_240_601;

    /// <summary>Folder with the yahoo-*-daily.csv files; null: found from the current or the program's directory.</summary>
    public string? DataDirectory { get; init; }

    public bool IsQuick { get; init; }

    public static BenchSettings Full { get; } = new();

    public static BenchSettings Quick { get; } = new()
    {
        W1Bars = 100_000,
        W1ShortBars = 20_000,
        W2Instruments = 100,
        W2Bars = 600,
        W2Top = 10,
        IndicatorUpdates = 100_000,
        W5Bars = 4_000,
        W5Pairs = 3,
        WarmupRuns = 1,
        MinWarmupSeconds = 2,
        IndicatorMinWarmupSeconds = 0.15,
        MaxWarmupSeconds = 6,
        MeasuredRuns = 3,
        IsQuick = true,
    };
}
