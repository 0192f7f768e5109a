using Ouroboros.Domain.Venues;
using System.Globalization;
using Ouroboros.Core.Sizing;
using Ouroboros.Risk.Gates;
using Ouroboros.Risk.Policy;

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
        new("Backtest:Sizing", SettingType.Text, "percent:10", "Default sizing: fixed:N, cash:AMOUNT, percent:P, all-in, atr:RISK%,K[,PERIOD].", Check: CheckSizing),
        new("Backtest:Venue", SettingType.Choice, "generic", "Venue rules for CSV instruments: generic, krx, us or bybit.", Choices: ["generic", "krx", "us", "bybit"]),
        new("Backtest:VixFile", SettingType.Text, "data/vix/VIX-close-daily-1993-2025.csv", "Daily VIX closes the VIX halt reads in backtests (date,close CSV); relative paths are from the working directory."),
        new("Blackout:Windows", SettingType.Text, "", "Event windows with no new entries: START/MINUTES[/LABEL] separated by ';', e.g. 2026-03-18T18:00:00Z/60/FOMC.", Check: CheckBlackout),
        .. AgentSettings.All,
        .. LlmSettings.All(),
        .. LoggingSettings.All(),
        .. KisSettings.All(),
        .. WebSettings.All,
        .. TelegramSettings.All(),
        .. RiskSettings(),
    ];

    /// <summary>One setting per limit of the risk policy (Policy/risk-policy.json in Ouroboros.Risk): default = the hard value.</summary>
    private static IEnumerable<SettingDefinition> RiskSettings() => RiskPolicy.Limits.Select(limit => new SettingDefinition(
        "Risk:" + limit.Key,
        limit.IsBoolean ? SettingType.Boolean : SettingType.Decimal,
        limit.IsBoolean ? (limit.Hard != 0 ? "true" : "false") : limit.Hard.ToString("0.####", CultureInfo.InvariantCulture),
        limit.Description,
        Check: value => CheckLimit(limit, value)) { Limit = limit });

    private static string? CheckBlackout(string value)
    {
        var problems = new List<string>();
        BlackoutWindow.ParseList(value, problems);
        return problems.Count == 0 ? null : string.Join("; ", problems);
    }

    // A value of the wrong type is reported by the setting's type check; only a parsed value is held to the policy.
    private static string? CheckLimit(LimitDefinition limit, string value) =>
        RiskPolicy.TryParse(limit, value, out var d) ? limit.Problem(d) : null;

    public static SettingDefinition? Find(string key) => All.FirstOrDefault(s => string.Equals(s.Key, key, StringComparison.OrdinalIgnoreCase));

    private static string? CheckSizing(string value)
    {
        try
        {
            SizingPolicy.Parse(value);
            return null;
        }
        catch (Ouroboros.Core.Errors.InvalidInputException e)
        {
            return e.Message;
        }
    }
}
