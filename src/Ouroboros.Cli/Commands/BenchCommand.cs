using System.CommandLine;

namespace Ouroboros.Cli.Commands;

/// <summary>`ouroboros bench`: whole-run throughput on the same code path as a real backtest.</summary>
public static class BenchCommand
{
    public static Command Create(GlobalOptions globals, CliIo io)
    {
        var json = new Option<bool>("--json") { Description = "Print the figures as JSON" };
        var command = new Command("bench", "Measure backtest throughput (W1 SMA cross over 1M bars, W2 500×2500 momentum, W4 indicator updates).") { json };
        command.SetAction(async (parse, ct) =>
        {
            await io.Error.WriteLineAsync("bench: not wired yet").ConfigureAwait(false);
            return CliApp.ExitUnexpected;
        });
        return command;
    }
}
