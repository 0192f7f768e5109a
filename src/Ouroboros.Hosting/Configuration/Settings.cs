using Ouroboros.Core.Sizing;

namespace Ouroboros.Hosting.Configuration;

/// <summary>Every setting Ouroboros reads, with defaults. Risk limits can only be made stricter than the policy.</summary>
public static class Settings
{
    public static IReadOnlyList<SettingDefinition> All { get; } =
    [
        new("Storage:Path", SettingType.Text, ".ouroboros/ouroboros.db", "SQLite journal file (runs, orders, fills, trades, equity, risk events)."),
        new("Data:CacheDirectory", SettingType.Text, ".ouroboros/cache", "Directory of the binary bar cache."),
        new("Data:UseCache", SettingType.Boolean, "true", "Load CSV files through the binary cache."),
        new("Backtest:Cash", SettingType.Decimal, "100000", "Initial cash of a backtest, in the data's currency.", Min: 0.01m),
        new("Backtest:CommissionPct", SettingType.Decimal, "0.1", "Commission in percent of notional for the generic venue model (0.1 = 0.1%).", Min: 0m, Max: 10m),
        new("Backtest:Fill", SettingType.Choice, "next-open", "When market orders fill: next-open or same-close.", Choices: ["next-open", "same-close"]),
        new("Backtest:Sizing", SettingType.Text, "all-in", "Default sizing: fixed:N, cash:AMOUNT, percent:P, all-in, atr:RISK%,K[,PERIOD].", Check: CheckSizing),
        new("Backtest:Venue", SettingType.Choice, "generic", "Venue rules for CSV instruments: generic, krx, us or bybit.", Choices: ["generic", "krx", "us", "bybit"]),
        new("Risk:CircuitBreakerPct", SettingType.Decimal, "-3", "Daily P&L (percent) at or below which new entries stop for the day. Only stricter (closer to 0) than -3 is allowed.", Min: -3m, Max: -0.01m),
        new("Risk:FatFingerPct", SettingType.Decimal, "30", "Largest entry as a percent of available cash. Only stricter (lower) than 30 is allowed.", Min: 0.01m, Max: 30m),
    ];

    public static SettingDefinition? Find(string key) => All.FirstOrDefault(s => string.Equals(s.Key, key, StringComparison.OrdinalIgnoreCase));

    private static string? CheckSizing(string value)
    {
        try
        {
            SizingPolicy.Parse(value);
            return null;
        }
        catch (FormatException e)
        {
            return e.Message;
        }
    }
}
