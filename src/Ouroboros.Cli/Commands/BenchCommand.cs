using System.CommandLine;
using Ouroboros.Hosting.Performance;

namespace Ouroboros.Cli.Commands;

/// <summary>`ouroboros bench`: whole-run throughput on the same code path as a real backtest.</summary>
public static class BenchCommand
{
    public static Command Create(GlobalOptions globals, CliIo io)
    {
        var json = new Option<bool>("--json") { Description = "Print the figures as one JSON object" };
        var quick = new Option<bool>("--quick") { Description = "Fewer bars and runs (CI smoke test); results are still checked" };
        var data = new Option<string?>("--data") { Description = "Folder with the yahoo-*-daily.csv files (default: data/us of the repository)" };
        var command = new Command("bench", "Measure backtest throughput (W1 SMA cross over 1M bars, W2 500×2500 momentum, W4 indicator updates, W5 risk engine on vs off).")
        {
            json, quick, data,
        };
        command.SetAction(async (parse, ct) =>
        {
            var settings = (parse.GetValue(quick) ? BenchSettings.Quick : BenchSettings.Full) with { DataDirectory = parse.GetValue(data) };
            var runner = new BenchRunner(settings, message => io.Error.WriteLine($"bench: {message}"));
            var report = await runner.RunAsync(ct).ConfigureAwait(false);
            if (report.Machine.Configuration != "Release")
                await io.Error.WriteLineAsync("bench: warning: the engine was built without optimisations; figures are not meaningful").ConfigureAwait(false);
            var text = parse.GetValue(json) ? BenchReportJson.Write(report) : BenchReportText.Write(report);
            await io.Out.WriteLineAsync(text.TrimEnd('\n')).ConfigureAwait(false);
            return CliApp.ExitOk;
        });
        return command;
    }
}
