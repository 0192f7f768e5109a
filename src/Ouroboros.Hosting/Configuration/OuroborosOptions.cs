using System.Globalization;
using Ouroboros.Risk.Gates;
using Ouroboros.Risk.Policy;

namespace Ouroboros.Hosting.Configuration;

/// <summary>Validated settings, each with its default filled in.</summary>
public sealed record OuroborosOptions(
    string StoragePath,
    string CacheDirectory,
    bool UseCache,
    decimal BacktestCash,
    decimal CommissionPct,
    string Fill,
    string Sizing,
    string Venue,
    string VixFile,
    RiskLimits Risk,
    IReadOnlyList<BlackoutWindow> BlackoutWindows)
{
    public static OuroborosOptions Defaults { get; } = From(new Dictionary<string, string>(), RiskPolicy.Hard);

    internal static OuroborosOptions From(IReadOnlyDictionary<string, string> values, RiskLimits risk)
    {
        string Get(string key) => values.TryGetValue(key, out var v) ? v : Settings.Find(key)!.Default;
        decimal Dec(string key) => decimal.Parse(Get(key), NumberStyles.Number, CultureInfo.InvariantCulture);
        return new OuroborosOptions(
            Get("Storage:Path"), Get("Data:CacheDirectory"), bool.Parse(Get("Data:UseCache")),
            Dec("Backtest:Cash"), Dec("Backtest:CommissionPct"), Get("Backtest:Fill").ToLowerInvariant(), Get("Backtest:Sizing"),
            Get("Backtest:Venue").ToLowerInvariant(), Get("Backtest:VixFile"), risk,
            BlackoutWindow.ParseList(Get("Blackout:Windows"), []));
    }
}
