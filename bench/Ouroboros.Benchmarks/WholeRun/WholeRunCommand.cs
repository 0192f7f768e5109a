using System.CommandLine;

namespace Ouroboros.Benchmarks.WholeRun;

/// <summary>
/// `ouroboros bench` (the launcher runs this program with `whole-run`): whole-run throughput on the same code path as
/// a real backtest. It lives with the benchmarks, not in the CLI, so no host loads benchmark workloads.
/// </summary>
public static class WholeRunCommand
{
    /// <summary>`ouroboros bench agent`: the running agent against a backtest of the same replay (docs/performance.md).</summary>
    private static Command AgentCommand(Option<bool> json, Option<bool> quick)
    {
        var agent = new Command("agent", "Measure the running agent: replay throughput with the SQLite journal vs a backtest, persist-to-send latency vs the fsync floor, restart-to-trading.");
        agent.SetAction(async (parse, ct) =>
        {
            var settings = parse.GetValue(quick) ? Agent.AgentBenchSettings.Quick : Agent.AgentBenchSettings.Full;
            var report = await new Agent.AgentBenchRunner(settings, message => Console.Error.WriteLine($"bench agent: {message}")).RunAsync(ct).ConfigureAwait(false);
            var text = parse.GetValue(json) ? Agent.AgentReportWriter.Json(report) : Agent.AgentReportWriter.Text(report);
            await Console.Out.WriteLineAsync(text.TrimEnd('\n')).ConfigureAwait(false);
            return 0;
        });
        return agent;
    }

    /// <summary>`ouroboros bench journal`: storing and opening the W1 run, equity as one blob vs as rows (docs/performance.md).</summary>
    private static Command JournalCommand(Option<bool> json, Option<bool> quick)
    {
        var journal = new Command("journal", "Measure the run journal: saving and opening the W1 run with its equity curve as one columnar blob vs as a row per point.");
        journal.SetAction(async (parse, ct) =>
        {
            var isQuick = parse.GetValue(quick);
            var bench = new Journal.JournalBench(isQuick ? 100_000 : 1_000_000, isQuick ? 2 : 7, message => Console.Error.WriteLine($"bench journal: {message}"));
            var report = await bench.RunAsync(ct).ConfigureAwait(false);
            await Console.Out.WriteLineAsync((parse.GetValue(json) ? report.Json() : report.Text()).TrimEnd('\n')).ConfigureAwait(false);
            return 0;
        });
        return journal;
    }

    public static async Task<int> RunAsync(string[] args)
    {
        var json = new Option<bool>("--json") { Recursive = true, Description = "Print the figures as one JSON object" };
        var quick = new Option<bool>("--quick") { Recursive = true, Description = "Fewer bars and runs (CI smoke test); results are still checked" };
        var data = new Option<string?>("--data") { Description = "Folder with the yahoo-*-daily.csv files (default: data/us of the repository)" };
        var command = new RootCommand("Measure backtest throughput (W1 SMA cross over 1M bars, W2 500×2500 momentum, W4 indicator updates, W5 risk engine on vs off).")
        {
            json, quick, data,
        };
        command.Subcommands.Add(AgentCommand(json, quick));
        command.Subcommands.Add(JournalCommand(json, quick));
        command.SetAction(async (parse, ct) =>
        {
            var settings = (parse.GetValue(quick) ? BenchSettings.Quick : BenchSettings.Full) with { DataDirectory = parse.GetValue(data) };
            var runner = new BenchRunner(settings, message => Console.Error.WriteLine($"bench: {message}"));
            var report = await runner.RunAsync(ct).ConfigureAwait(false);
            if (report.Machine.Configuration != "Release")
                await Console.Error.WriteLineAsync("bench: warning: the engine was built without optimisations; figures are not meaningful").ConfigureAwait(false);
            var text = parse.GetValue(json) ? BenchReportJson.Write(report) : BenchReportText.Write(report);
            await Console.Out.WriteLineAsync(text.TrimEnd('\n')).ConfigureAwait(false);
            return 0;
        });
        try
        {
            return await command.Parse(args).InvokeAsync().ConfigureAwait(false);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or InvalidDataException)
        {
            await Console.Error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
            return 2;
        }
        catch (BenchCorrectnessException e)
        {
            // A timed run that differs from its reference is a bug in the engine, never a figure to report.
            await Console.Error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
            return 1;
        }
    }
}
