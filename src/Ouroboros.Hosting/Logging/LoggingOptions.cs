using System.Globalization;
using Microsoft.Extensions.Logging;

namespace Ouroboros.Hosting.Logging;

/// <summary>
/// The validated Logging:* settings. <see cref="Directory"/> is null when the logs go next to the journal
/// (<see cref="AgentLogging.LogDirectory"/> resolves it).
/// </summary>
public sealed record LoggingOptions(
    LogFormat Format,
    string? Directory,
    LogLevel Level,
    LogLevel ConsoleLevel,
    long FileSizeLimitBytes,
    int RetainedFiles)
{
    public static LoggingOptions Defaults { get; } = new(LogFormat.Plain, null, LogLevel.Information, LogLevel.Warning, 10L * 1024 * 1024, 14);

    /// <summary>Builds the options from validated Logging:* values.</summary>
    internal static LoggingOptions From(Func<string, string> get)
    {
        var directory = get("Logging:Directory").Trim();
        return new LoggingOptions(
            Enum.Parse<LogFormat>(get("Logging:Format"), ignoreCase: true),
            directory.Length == 0 ? null : directory,
            Enum.Parse<LogLevel>(get("Logging:Level"), ignoreCase: true),
            Enum.Parse<LogLevel>(get("Logging:ConsoleLevel"), ignoreCase: true),
            (long)(Number(get("Logging:MaxFileMegabytes")) * 1024 * 1024),
            (int)Number(get("Logging:RetainedFiles")));
    }

    private static decimal Number(string text) => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);
}
