using Ouroboros.Application.Kis;
using Ouroboros.Domain.Venues;
using System.Globalization;
using Ouroboros.Hosting.Llm;
using Ouroboros.Hosting.Logging;
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
    IReadOnlyList<BlackoutWindow> BlackoutWindows,
    LlmOptions Llm)
{
    /// <summary>The running agent's settings (Agent:*, Run:*, Reconcile:*), by key.</summary>
    public IReadOnlyDictionary<string, string> Agent { get; init; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>An agent setting's value (its default when not configured).</summary>
    public string AgentSetting(string key) => Agent.TryGetValue(key, out var v) ? v : Settings.Find(key)?.Default ?? throw new KeyNotFoundException(key);
    /// <summary>The Telegram:* settings by key (the bot token among them: never print this dictionary).</summary>
    public IReadOnlyDictionary<string, string> Telegram { get; init; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>A Telegram setting's value (its default when not configured).</summary>
    public string TelegramSetting(string key) => Telegram.TryGetValue(key, out var v) ? v : Settings.Find(key)?.Default ?? throw new KeyNotFoundException(key);

    /// <summary>The KIS key, account and hosts (Kis:* and the seeds' names); <see cref="KisConnectionSettings.Resolve(Ouroboros.Brokers.Kis.Common.KisEnvironment)"/> gives the client's options.</summary>
    public KisConnectionSettings Kis { get; init; } = KisConnectionSettings.None;

    /// <summary>The Web:* settings: where the REST API listens and its token.</summary>
    public WebOptions Web { get; init; } = WebOptions.Defaults;

    /// <summary>The Logging:* settings of the running agent.</summary>
    public LoggingOptions Logging { get; init; } = LoggingOptions.Defaults;

    /// <summary>
    /// The secret values and account numbers found in the environment and .env (and the LLM API keys), which the logs
    /// mask. Empty for <see cref="Defaults"/>; never printed.
    /// </summary>
    public SecretRedactor Secrets { get; init; } = SecretRedactor.None;

    public static OuroborosOptions Defaults { get; } =
        From(new Dictionary<string, string>(), RiskPolicy.Hard, LlmFrom(new Dictionary<string, string>(), LlmEnvironment.Empty, []));

    internal static LlmOptions LlmFrom(IReadOnlyDictionary<string, string> values, LlmEnvironment environment, List<string> problems) =>
        LlmOptions.From(key => values.TryGetValue(key, out var v) ? v : Settings.Find(key)!.Default, environment, problems);

    internal static OuroborosOptions From(IReadOnlyDictionary<string, string> values, RiskLimits risk, LlmOptions llm)
    {
        string Get(string key) => values.TryGetValue(key, out var v) ? v : Settings.Find(key)!.Default;
        decimal Dec(string key) => decimal.Parse(Get(key), NumberStyles.Number, CultureInfo.InvariantCulture);
        return new OuroborosOptions(
            Get("Storage:Path"), Get("Data:CacheDirectory"), bool.Parse(Get("Data:UseCache")),
            Dec("Backtest:Cash"), Dec("Backtest:CommissionPct"), Get("Backtest:Fill").ToLowerInvariant(), Get("Backtest:Sizing"),
            Get("Backtest:Venue").ToLowerInvariant(), Get("Backtest:VixFile"), risk,
            BlackoutWindow.ParseList(Get("Blackout:Windows"), []), llm)
        {
            Agent = AgentSettings.All.ToDictionary(d => d.Key, d => Get(d.Key), StringComparer.OrdinalIgnoreCase),
            Telegram = TelegramSettings.All().ToDictionary(d => d.Key, d => Get(d.Key), StringComparer.OrdinalIgnoreCase),
            Logging = LoggingOptions.From(Get),
            Kis = KisSettings.Connection(Get),
            Web = WebSettings.From(Get),
        };
    }
}
