namespace Ouroboros.Hosting.Configuration;

/// <summary>The Logging:* settings of the running agent (see <see cref="Logging.AgentLogging"/>).</summary>
internal static class LoggingSettings
{
    public static readonly IReadOnlyList<string> Levels = ["trace", "debug", "information", "warning", "error", "critical", "none"];

    public static IEnumerable<SettingDefinition> All() =>
    [
        new("Logging:Format", SettingType.Choice, "plain", "Log file format: plain (one readable line per event) or json (one JSON object per line, compact Serilog fields plus decision_id).", Choices: ["plain", "json"]),
        new("Logging:Directory", SettingType.Text, "", "Directory of the rolling log files. Empty: 'logs' next to the journal (Storage:Path), e.g. .ouroboros/logs."),
        new("Logging:Level", SettingType.Choice, "information", "Lowest level written to the log file: trace, debug, information, warning, error, critical or none.", Choices: Levels),
        new("Logging:ConsoleLevel", SettingType.Choice, "warning", "Lowest level written to stderr (the agent prints its own banner on stdout).", Choices: Levels),
        new("Logging:MaxFileMegabytes", SettingType.Decimal, "10", "A log file rolls over at this size, and at midnight.", Min: 1m, Max: 1024m),
        new("Logging:RetainedFiles", SettingType.Decimal, "14", "How many log files are kept; older ones are deleted.", Min: 1m, Max: 1000m),
    ];
}
