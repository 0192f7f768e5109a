using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Ouroboros.Application.Runs;
using Ouroboros.Cli.Output;
using Ouroboros.Core.Errors;
using Ouroboros.Core.Journal;

namespace Ouroboros.Cli.Commands;

/// <summary>`runs delete|prune|export|compare`: taking stored runs out of the journal, out of Ouroboros, or side by side.</summary>
public static class RunsUpkeepCommands
{
    public static Command Delete(GlobalOptions globals, CliIo io)
    {
        var id = new Argument<string>("id") { Description = "Run id from `runs list`" };
        var command = globals.WithJournal(new Command("delete", "Delete one stored run and everything stored with it (agent sessions are never deleted).") { id });
        command.SetAction(async (parse, ct) =>
        {
            await using var services = globals.Services(parse);
            await NotFoundHint(() => services.GetRequiredService<RunHousekeeping>().DeleteAsync(parse.GetValue(id)!, ct)).ConfigureAwait(false);
            await io.Out.WriteLineAsync($"Deleted run {parse.GetValue(id)}.").ConfigureAwait(false);
            return CliApp.ExitOk;
        });
        return command;
    }

    public static Command Prune(GlobalOptions globals, CliIo io)
    {
        var keep = ValueOption.Whole("--keep", "Keep the N newest runs, delete the rest", 0, 1_000_000, "20");
        var before = ValueOption.Date("--before", "Delete runs stored before this date (YYYY-MM-DD, UTC)", endOfDay: false);
        var yes = new Option<bool>("--yes") { Description = "Delete them; without it the runs that would go are only listed" };
        var command = globals.WithJournal(new Command("prune", "Delete old stored runs by a rule (lists them first unless --yes; agent sessions are never deleted).") { keep, before, yes });
        command.SetAction(async (parse, ct) =>
        {
            await using var services = globals.Services(parse);
            var delete = parse.GetValue(yes);
            var runs = await services.GetRequiredService<RunHousekeeping>().PruneAsync(parse.GetValue(keep), parse.GetValue(before), delete, ct).ConfigureAwait(false);
            foreach (var run in runs)
                await io.Out.WriteLineAsync($"  {run.Id.Value,-34} {run.CreatedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} {run.Strategy}").ConfigureAwait(false);
            await io.Out.WriteLineAsync(delete
                ? $"Deleted {runs.Count} run(s)."
                : $"{runs.Count} run(s) would be deleted (dry run). Add --yes to delete them.").ConfigureAwait(false);
            return CliApp.ExitOk;
        });
        return command;
    }

    public static Command Export(GlobalOptions globals, CliIo io)
    {
        var id = new Argument<string>("id") { Description = "Run id from `runs list`" };
        var what = ValueOption.Choice("--what", "Which part of the run", [.. RunExport.Parts]);
        what.Required = true;
        var format = ValueOption.Choice("--format", "Output format (csv is RFC 4180)", "csv", "json");
        var command = globals.WithJournal(new Command("export", "Write a stored run's trades, fills, equity curve or orders to stdout as CSV or JSON.") { id, what, format });
        command.SetAction(async (parse, ct) =>
        {
            await using var services = globals.Services(parse);
            var run = await Show(services, parse.GetValue(id)!, ct).ConfigureAwait(false);
            var table = RunExport.Table(run, parse.GetValue(what)!);
            if (parse.GetValue(format) == "json") await RunTableWriter.WriteJsonAsync(io.Out, table).ConfigureAwait(false);
            else await RunTableWriter.WriteCsvAsync(io.Out, table).ConfigureAwait(false);
            return CliApp.ExitOk;
        });
        return command;
    }

    public static Command Compare(GlobalOptions globals, CliIo io)
    {
        var a = new Argument<string>("a") { Description = "First run id" };
        var b = new Argument<string>("b") { Description = "Second run id" };
        var command = globals.WithJournal(new Command("compare", "Show two stored runs' key metrics side by side.") { a, b });
        command.SetAction(async (parse, ct) =>
        {
            await using var services = globals.Services(parse);
            var first = (await Show(services, parse.GetValue(a)!, ct).ConfigureAwait(false)).Summary;
            var second = (await Show(services, parse.GetValue(b)!, ct).ConfigureAwait(false)).Summary;
            await io.Out.WriteLineAsync($"{"",-24} {Cut(first.Id.Value),-34} {Cut(second.Id.Value),-34}").ConfigureAwait(false);
            await Line(io, "strategy", first.Strategy, second.Strategy).ConfigureAwait(false);
            await Line(io, "risk", first.RiskEnabled ? "on" : "off", second.RiskEnabled ? "on" : "off").ConfigureAwait(false);
            await Line(io, "period", $"{Format.Date(first.From)} → {Format.Date(first.To)}", $"{Format.Date(second.From)} → {Format.Date(second.To)}").ConfigureAwait(false);
            foreach (var key in first.Metrics.Keys.Union(second.Metrics.Keys).Order(StringComparer.Ordinal))
                await Line(io, key, Metric(first, key), Metric(second, key)).ConfigureAwait(false);
            return CliApp.ExitOk;
        });
        return command;
    }

    /// <summary>`runs show ID --trades`: the closed trades, one a line.</summary>
    public static async Task PrintTradesAsync(TextWriter output, RunRecord run)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(run);
        await output.WriteLineAsync().ConfigureAwait(false);
        await output.WriteLineAsync($"Closed trades: {run.Trades.Count}").ConfigureAwait(false);
        if (run.Trades.Count == 0) return;
        await output.WriteLineAsync($"  {"INSTRUMENT",-16} {"SIDE",-4} {"ENTRY",-16} {"PRICE",12} {"EXIT",-16} {"PRICE",12} {"QTY",10} {"NET P&L",14}").ConfigureAwait(false);
        foreach (var t in run.Trades)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"  {t.Instrument,-16} {t.Direction,-4} {t.EntryTime:yyyy-MM-dd HH:mm} {t.EntryPrice,12} {t.ExitTime:yyyy-MM-dd HH:mm} {t.ExitPrice,12} {t.Quantity,10} {t.NetPnl,14:0.##}")).ConfigureAwait(false);
        }
    }

    private static Task Line(CliIo io, string name, string first, string second) => io.Out.WriteLineAsync($"{name,-24} {first,-34} {second,-34}");

    private static string Metric(RunSummary run, string key) =>
        run.Metrics.TryGetValue(key, out var v) && v is { } x ? x.ToString("0.######", CultureInfo.InvariantCulture) : "n/a";

    private static string Cut(string s) => s.Length <= 34 ? s : s[..33] + "…";

    private static async Task<RunRecord> Show(IServiceProvider services, string id, CancellationToken ct)
    {
        RunRecord? run = null;
        await NotFoundHint(async () => run = await services.GetRequiredService<RunQueries>().ShowAsync(id, ct).ConfigureAwait(false)).ConfigureAwait(false);
        return run!;
    }

    private static async Task NotFoundHint(Func<Task> action)
    {
        try
        {
            await action().ConfigureAwait(false);
        }
        catch (NotFoundException e)
        {
            throw new NotFoundException(e.Input, e.Template + "; see `ouroboros runs list`", e);
        }
    }
}
