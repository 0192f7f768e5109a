namespace Ouroboros.Hosting.Configuration;

/// <summary>
/// The running agent's settings, with the names the systems it replaces use in their .env files (MODE, TRADE_MODE,
/// ENABLED_MARKETS, ...), which keep working beside Ouroboros's own keys.
/// </summary>
internal static class AgentSettings
{
    public static IReadOnlyList<SettingDefinition> All { get; } =
    [
        new("Agent:Mode", SettingType.Choice, "paper", "paper or live (seed name MODE). Live trades real money and must be set explicitly.", Choices: ["paper", "live"]),
        new("Agent:Broker", SettingType.Choice, "paper", "paper, kis, kis-vts, bybit, bybit-testnet or bybit-demo.", Choices: ["paper", "kis", "kis-vts", "bybit", "bybit-testnet", "bybit-demo"]),
        new("Agent:Markets", SettingType.Text, "", "Markets to trade, comma-separated (KR, US, ...; seed name ENABLED_MARKETS); empty: the replayed data's market."),
        new("Agent:Strategy", SettingType.Text, "playbook", "The agent's strategy (see `ouroboros strategies`)."),
        new("Agent:Replay", SettingType.Text, "data/kr", "Bars the paper agent replays when no live feed is configured: CSV files or folders, separated by ';'."),
        new("Agent:Venue", SettingType.Choice, "krx", "Venue rules for the replayed instruments: generic, krx, us or bybit.", Choices: ["generic", "krx", "us", "bybit"]),
        new("Agent:Cash", SettingType.Decimal, "10000000", "Initial cash of a new paper account, in the data's currency.", Min: 0.01m),
        new("Agent:Speed", SettingType.Text, "max", "Replay speed: simulated seconds per real second, or max.", Check: CheckSpeed),
        new("Agent:TradeMode", SettingType.Choice, "daily", "daily or realtime (seed name TRADE_MODE).", Choices: ["daily", "realtime"]),
        new("Agent:DailySessions", SettingType.Decimal, "1", "Decision sessions per trading day in daily mode (seed name DAILY_SESSIONS).", Min: 1m, Max: 24m, Check: WholeNumber),
        new("Agent:SessionIntervalHours", SettingType.Decimal, "4", "Hours between daily sessions (seed name SESSION_INTERVAL_HOURS).", Min: 0.01m, Max: 24m),
        new("Agent:PreMarketMinutes", SettingType.Decimal, "30", "Minutes before the open when the day's playbook is planned (seed name PRE_MARKET_MINUTES).", Min: 0m, Max: 720m, Check: WholeNumber),
        new("Agent:RescanIntervalSeconds", SettingType.Decimal, "300", "Seconds between scenario rescans during the session (seed name RESCAN_INTERVAL_SECONDS).", Min: 1m, Check: WholeNumber),
        new("Agent:PlannerTimeoutSeconds", SettingType.Decimal, "60", "How long the pre-market planner may take before the fallback playbook stands in (seed name PLANNER_TIMEOUT_SECONDS).", Min: 1m, Check: WholeNumber),
        new("Agent:Dashboard", SettingType.Boolean, "true", "Serve the dashboard and REST API (Web:Host, Web:Port) in the agent's process; false: none."),
        new("Run:CancelOnExit", SettingType.Boolean, "false", "Cancel working orders when the agent stops; otherwise they are kept at the broker."),
        new("Reconcile:IntervalSeconds", SettingType.Decimal, "60", "Seconds between reconciliations with the broker (also at start).", Min: 1m, Check: WholeNumber),
    ];

    /// <summary>Seed names → setting keys; later sources win, as for every other setting.</summary>
    public static IReadOnlyDictionary<string, string> SeedNames { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["MODE"] = "Agent:Mode",
        ["TRADE_MODE"] = "Agent:TradeMode",
        ["ENABLED_MARKETS"] = "Agent:Markets",
        ["DAILY_SESSIONS"] = "Agent:DailySessions",
        ["SESSION_INTERVAL_HOURS"] = "Agent:SessionIntervalHours",
        ["PRE_MARKET_MINUTES"] = "Agent:PreMarketMinutes",
        ["RESCAN_INTERVAL_SECONDS"] = "Agent:RescanIntervalSeconds",
        ["PLANNER_TIMEOUT_SECONDS"] = "Agent:PlannerTimeoutSeconds",
    };

    private static string? WholeNumber(string value) =>
        decimal.TryParse(value, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var d) && d != decimal.Truncate(d)
            ? $"must be a whole number, not '{value}'"
            : null;

    private static string? CheckSpeed(string value) =>
        value.Equals("max", StringComparison.OrdinalIgnoreCase)
        || (double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var s) && double.IsFinite(s) && s > 0)
            ? null
            : $"must be a positive number of simulated seconds per real second or max, not '{value}'";
}
