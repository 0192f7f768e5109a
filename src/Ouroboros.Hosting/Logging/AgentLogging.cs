using System.Text;
using Microsoft.Extensions.Logging;
using Ouroboros.Hosting.Configuration;
using Serilog;
using Serilog.Events;
using Serilog.Formatting;
using Serilog.Formatting.Compact;

namespace Ouroboros.Hosting.Logging;

/// <summary>
/// The running agent's logs: Microsoft.Extensions.Logging into Serilog, to stderr (Logging:ConsoleLevel, warnings and
/// up by default; stdout is the agent's own) and to rolling files under <see cref="LogDirectory"/> (daily and at
/// Logging:MaxFileMegabytes, Logging:RetainedFiles kept), plain or JSON lines (Logging:Format). Every event passes
/// the <see cref="SecretRedactor"/> before any sink, and scopes flow: lines written inside a
/// <see cref="Core.Logging.DecisionScope"/> carry its decision id. Dispose the logger factory or service provider
/// to flush the files.
/// </summary>
public static class AgentLogging
{
    /// <summary>
    /// Makes Serilog the only logging provider of <paramref name="builder"/> (other providers are cleared, so nothing
    /// bypasses redaction). <paramref name="redactor"/> defaults to <see cref="OuroborosOptions.Secrets"/>;
    /// <paramref name="console"/> replaces stderr (a host that captures the stream, tests).
    /// </summary>
    public static ILoggingBuilder Configure(ILoggingBuilder builder, OuroborosOptions options, SecretRedactor? redactor = null, TextWriter? console = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        var logging = options.Logging;
        var lowest = (LogLevel)Math.Min((int)logging.Level, (int)logging.ConsoleLevel);
        builder.ClearProviders();
        builder.SetMinimumLevel(lowest);
        if (lowest == LogLevel.None) return builder;

        var sinks = new LoggerConfiguration().MinimumLevel.Verbose();
        if (logging.Level != LogLevel.None)
        {
            var directory = LogDirectory(options);
            Directory.CreateDirectory(directory);
            sinks.WriteTo.File(
                FileFormatter(logging.Format), Path.Combine(directory, FilePattern(logging.Format)),
                restrictedToMinimumLevel: ToSerilog(logging.Level),
                fileSizeLimitBytes: logging.FileSizeLimitBytes,
                rollingInterval: RollingInterval.Day,
                rollOnFileSizeLimit: true,
                retainedFileCountLimit: logging.RetainedFiles,
                encoding: new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
        if (logging.ConsoleLevel != LogLevel.None)
        {
            if (console is null)
                sinks.WriteTo.Console(new PlainTextFormatter(), ToSerilog(logging.ConsoleLevel), standardErrorFromLevel: LogEventLevel.Verbose);
            else
                sinks.WriteTo.Sink(new TextWriterSink(console, new PlainTextFormatter()), ToSerilog(logging.ConsoleLevel));
        }

        var logger = new LoggerConfiguration()
            .MinimumLevel.Is(ToSerilog(lowest))
            .Enrich.FromLogContext()
            .WriteTo.Sink(new RedactingSink(sinks.CreateLogger(), redactor ?? options.Secrets))
            .CreateLogger();
        builder.AddSerilog(logger, dispose: true);
        return builder;
    }

    /// <summary>Logging:Directory, or <c>logs</c> next to the journal (Storage:Path), as a full path.</summary>
    public static string LogDirectory(OuroborosOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Logging.Directory is { } configured) return Path.GetFullPath(configured);
        var journalDirectory = Path.GetDirectoryName(Path.GetFullPath(options.StoragePath));
        return Path.Combine(journalDirectory ?? Path.GetFullPath("."), "logs");
    }

    /// <summary>The rolling file name; the sink inserts the date (and _001, _002... after a size roll) before the extension.</summary>
    public static string FilePattern(LogFormat format) => format == LogFormat.Json ? "ouroboros-.jsonl" : "ouroboros-.log";

    private static ITextFormatter FileFormatter(LogFormat format) =>
        format == LogFormat.Json ? new RenderedCompactJsonFormatter() : new PlainTextFormatter();

    private static LogEventLevel ToSerilog(LogLevel level) => level switch
    {
        LogLevel.Trace => LogEventLevel.Verbose,
        LogLevel.Debug => LogEventLevel.Debug,
        LogLevel.Information => LogEventLevel.Information,
        LogLevel.Warning => LogEventLevel.Warning,
        LogLevel.Error => LogEventLevel.Error,
        _ => LogEventLevel.Fatal,
    };
}
