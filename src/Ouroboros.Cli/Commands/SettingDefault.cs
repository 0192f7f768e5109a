using Ouroboros.Hosting.Configuration;

namespace Ouroboros.Cli.Commands;

/// <summary>
/// Help text for an option that falls back to a setting: "default Backtest:Sizing, percent:10", read from the same
/// definition configuration uses, so --help cannot drift from the real default (a test checks every one).
/// </summary>
public static class SettingDefault
{
    public static string Of(string key) => $"default {key}, {Definition(key).Default}";

    public static SettingDefinition Definition(string key) =>
        Settings.Find(key) ?? throw new KeyNotFoundException($"no setting '{key}'");
}
