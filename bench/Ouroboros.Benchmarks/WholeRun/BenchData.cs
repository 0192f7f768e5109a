using Ouroboros.MarketData;
using Ouroboros.Domain.Bars;

namespace Ouroboros.Benchmarks.WholeRun;

/// <summary>The real daily series the single-instrument workloads run on, stitched to any length.</summary>
public static class BenchData
{
    /// <summary>The US ETF files bundled in data/us, in stitching order.</summary>
    public static IReadOnlyList<string> UsFiles { get; } =
        ["yahoo-SPY-daily.csv", "yahoo-QQQ-daily.csv", "yahoo-QLD-daily.csv", "yahoo-TQQQ-daily.csv", "yahoo-SOXL-daily.csv"];

    /// <summary>data/us under the current directory or any parent of it or of the program's directory.</summary>
    public static string FindUsDataDirectory()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "data", "us");
                if (File.Exists(Path.Combine(candidate, UsFiles[0]))) return candidate;
            }
        }
        throw new DirectoryNotFoundException("bench needs the bundled data/us/yahoo-*-daily.csv files; run it from the repository or pass --data DIR");
    }

    /// <summary>Loads the bundled US daily files (CSV, no cache, generic venue).</summary>
    public static IReadOnlyList<BarSeries> LoadUs(string? directory = null)
    {
        var dir = directory ?? FindUsDataDirectory();
        var loader = new MarketDataLoader(new BinaryBarCache(Path.Combine(Path.GetTempPath(), "ouroboros-bench-unused")));
        var options = new LoadOptions { UseCache = false };
        return [.. UsFiles.Select(f => loader.Load(Path.Combine(dir, f), options).Series)];
    }

    /// <summary>
    /// Exactly <paramref name="bars"/> bars stitched end to end from <paramref name="sources"/> with
    /// <see cref="SeriesStitcher"/>, each source followed by its mirrored copy so the price level stays bounded.
    /// </summary>
    public static BarSeries Stitch(IReadOnlyList<BarSeries> sources, int bars) => SeriesStitcher.Stitch(sources, bars, mirrorCopies: true);
}
