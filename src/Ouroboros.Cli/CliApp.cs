using System.CommandLine;
using Ouroboros.MarketData;
using Ouroboros.Cli.Commands;
using Ouroboros.Core.Strategies;
using Ouroboros.Hosting.Configuration;
using Ouroboros.Core.Errors;
using Ouroboros.Core.Ports;

namespace Ouroboros.Cli;

/// <summary>The `ouroboros` command: builds the command tree and turns expected failures into one clear line.</summary>
public static class CliApp
{
    public const int ExitOk = 0;
    public const int ExitUnexpected = 1;
    public const int ExitBadInput = 2;

    /// <summary>Stopped by Ctrl-C or SIGTERM: not an error (the shell's convention, 128 + SIGINT).</summary>
    public const int ExitStopped = 130;

    /// <summary>
    /// How long Ctrl-C or SIGTERM waits for a command to stop by itself. The library's default (2 s) cut the agent off
    /// while it journaled its end (its notifications alone may take 10 s to flush), so it exited 143 and its next start
    /// took the clean stop for a crash.
    /// </summary>
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(30);

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, TextReader? stdin = null)
    {
        var globals = new GlobalOptions();
        var root = new RootCommand("Ouroboros: a self-improving trading agent. One engine for backtests, paper and live trading.");
        var io = new CliIo(stdout, stderr) { In = stdin ?? Console.In };
        root.Add(BacktestCommand.Create(globals, io));
        root.Add(IndicatorsCommand.Create(globals, io));
        root.Add(RunsCommand.Create(globals, io));
        root.Add(StrategiesCommand.Create(globals, io));
        root.Add(DataCommand.Create(globals, io));
        root.Add(RiskCommand.Create(globals, io));
        root.Add(MarketsCommand.Create(globals, io));
        root.Add(LlmCommand.Create(globals, io));
        root.Add(PlanCommand.Create(globals, io));
        root.Add(RunCommand.Create(globals, io));
        root.Add(StatusCommand.Create(globals, io));
        root.Add(DbCommand.Create(globals, io));
        root.Add(KisCommand.Create(globals, io));
        root.Add(ServeCommand.Create(globals, io));

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            await stderr.WriteLineAsync($"error: {ParseErrors.Describe(parse.Errors.Select(e => e.Message))}").ConfigureAwait(false);
            return ExitBadInput;
        }
        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration
            {
                Output = stdout,
                Error = stderr,
                EnableDefaultExceptionHandler = false,
                ProcessTerminationTimeout = StopGrace,
            })
                .ConfigureAwait(false);
        }
        catch (Exception e) when (IsUserError(e))
        {
            await stderr.WriteLineAsync($"error: {Describe(e)}").ConfigureAwait(false);
            return ExitBadInput;
        }
        catch (OperationCanceledException)
        {
            // Ctrl-C or SIGTERM: not an error. Commands that store something say themselves what was kept.
            await stderr.WriteLineAsync("stopped").ConfigureAwait(false);
            return ExitStopped;
        }
        catch (Exception e)
        {
            // A bug, not bad input: say so plainly and keep the stack for the report.
            await stderr.WriteLineAsync($"error: unexpected failure ({e.GetType().Name}): {Describe(e)}").ConfigureAwait(false);
            await stderr.WriteLineAsync(e.ToString()).ConfigureAwait(false);
            return ExitUnexpected;
        }
    }

    /// <summary>
    /// Only typed errors are the user's to fix: bad input, unusable data or configuration, unknown names, and the file
    /// system refusing a path the user gave. Everything else (ArgumentException, InvalidOperationException,
    /// KeyNotFoundException, ...) is a bug and is reported as one, with its stack.
    /// </summary>
    public static bool IsUserError(Exception e) => e is UserException or ConfigurationException or MarketDataException or StrategyConfigurationException
        or StorageException or FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException;

    /// <summary>A user error's message on one line, with input names as this CLI spells them.</summary>
    public static string Describe(Exception e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var message = e switch
        {
            MarketDataException => e.Message,
            UserException user => CliVocabulary.Describe(user).ReplaceLineEndings(" "),
            _ => e.Message.ReplaceLineEndings(" "),
        };
        if (e is ArgumentException { ParamName: not null } a)
            message = message.Replace($" (Parameter '{a.ParamName}')", "", StringComparison.Ordinal);
        return message;
    }
}
