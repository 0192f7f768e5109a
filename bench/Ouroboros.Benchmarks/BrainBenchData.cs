using Ouroboros.Domain.Venues;
using System.Globalization;
using Ouroboros.MarketData;
using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Instruments;
using Ouroboros.Risk.Policy;

namespace Ouroboros.Benchmarks;

/// <summary>
/// The bundled KRX ETF files (data/kr) the brain benchmarks run on, and the inputs a real decision prompt gets:
/// the last <see cref="HistoryBars"/> daily bars before a common AsOf, and the risk lines <c>LlmRuntime</c> writes.
/// </summary>
public static class BrainBenchData
{
    public const int HistoryBars = 120;

    /// <summary>The repository root: the first directory above the current or the program's one that holds data/kr.</summary>
    public static string FindRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "data", "kr", "krx-069500-daily.csv"))) return dir.FullName;
            }
        }
        throw new DirectoryNotFoundException("the brain benchmarks need the bundled data/kr files; run them from the repository");
    }

    public static string KrDirectory => Path.Combine(FindRoot(), "data", "kr");

    /// <summary>All ten data/kr files as KRX instruments (CSV, no cache), in file-name order.</summary>
    public static IReadOnlyList<BarSeries> LoadKr()
    {
        var loader = new MarketDataLoader(new BinaryBarCache(Path.Combine(Path.GetTempPath(), "ouroboros-bench-unused")));
        var options = new LoadOptions { Venue = Venue.Krx, UseCache = false };
        return [.. Directory.GetFiles(KrDirectory, "*.csv").Order(StringComparer.Ordinal).Select(f => loader.Load(f, options).Series)];
    }

    /// <summary>
    /// The day after the earliest last bar of <paramref name="series"/>, so every file has bars up to it, and each
    /// file's last <see cref="HistoryBars"/> bars before it.
    /// </summary>
    public static (DateTimeOffset AsOf, Bar[][] Histories) Histories(IReadOnlyList<BarSeries> series)
    {
        var asOf = series.Min(s => s.Last!.Value) + TimeSpan.FromDays(1);
        var histories = series.Select(s =>
        {
            var known = s.Bars.ToArray().Where(b => b.Time + TimeSpan.FromDays(1) <= asOf).ToArray();
            if (known.Length < HistoryBars) throw new InvalidOperationException($"{s.Source} has only {known.Length} bars before {asOf:yyyy-MM-dd}");
            return known[^HistoryBars..];
        }).ToArray();
        return (asOf, histories);
    }

    /// <summary>The same lines <c>LlmRuntime.RiskLines</c> gives prompts with the default options.</summary>
    public static IReadOnlyList<string> RiskLines() =>
    [
        "model decisions below confidence 80 are ignored",
        .. RiskPolicy.Limits.Take(12).Select(l =>
            $"{l.Key} = {RiskPolicy.Hard.PolicyValue(l.Key)?.ToString("0.####", CultureInfo.InvariantCulture) ?? "n/a"} ({l.Description})"),
    ];
}
