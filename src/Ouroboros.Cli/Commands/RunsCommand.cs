using System.CommandLine;
using System.Text.Json;
using Ouroboros.Cli.Output;
using Microsoft.Extensions.DependencyInjection;
using Ouroboros.Application.Runs;
using Ouroboros.Core.Errors;
using Ouroboros.Core.Journal;

namespace Ouroboros.Cli.Commands;

/// <summary>`ouroboros runs list|show` (the rest in <see cref="RunsUpkeepCommands"/>): the journal of stored runs.</summary>
public static class RunsCommand
{
    public static Command Create(GlobalOptions globals, CliIo io)
    {
        var limit = ValueOption.Whole("--limit", "How many runs to list (newest first)", 1, 10_000, "50", 20);
        var listJson = new Option<bool>("--json") { Description = "Print as JSON" };
        var list = globals.WithJournal(new Command("list", "List stored runs, newest first.") { limit, listJson });
        list.SetAction(async (parse, ct) =>
        {
            await using var services = globals.Services(parse);
            var runs = await services.GetRequiredService<RunQueries>().ListAsync(parse.GetValue(limit), ct).ConfigureAwait(false);
            if (parse.GetValue(listJson))
            {
                var rows = runs.Select(r => new Dictionary<string, object?>
                {
                    ["run_id"] = r.Id.Value, ["kind"] = r.Kind, ["strategy"] = r.Strategy, ["data"] = r.DataSources,
                    ["created_at"] = r.CreatedAt, ["from"] = r.From, ["to"] = r.To, ["risk_enabled"] = r.RiskEnabled, ["metrics"] = r.Metrics,
                });
                await io.Out.WriteLineAsync(JsonSerializer.Serialize(rows)).ConfigureAwait(false);
                return CliApp.ExitOk;
            }
            if (runs.Count == 0)
            {
                await io.Out.WriteLineAsync("No runs stored yet. Run `./ouroboros backtest ...` first.").ConfigureAwait(false);
                return CliApp.ExitOk;
            }
            await io.Out.WriteLineAsync($"{"RUN",-34} {"CREATED",-16} {"STRATEGY",-12} {"RISK",-4} {"RETURN",9} {"SHARPE",7} {"MAX DD",8} {"TRADES",6}  DATA").ConfigureAwait(false);
            foreach (var r in runs)
            {
                double? M(string key) => r.Metrics.TryGetValue(key, out var v) ? v : null;
                await io.Out.WriteLineAsync(
                    $"{r.Id.Value,-34} {r.CreatedAt.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture),-16} {r.Strategy,-12} {(r.RiskEnabled ? "on" : "off"),-4} {Format.Pct(M("total_return")),9} {Format.Num(M("sharpe")),7} {Format.Pct(M("max_drawdown")),8} {Format.Num(M("closed_trades"), "0"),6}  {Truncate(r.DataSources, 60)}").ConfigureAwait(false);
            }
            return CliApp.ExitOk;
        });

        var id = new Argument<string>("id") { Description = "Run id from `runs list`" };
        var showJson = new Option<bool>("--json") { Description = "Print the run's full JSON report" };
        var showRisk = new Option<bool>("--risk") { Description = "List every denied order (gate, reason, the figures it was decided on) and every risk incident" };
        var showTrades = new Option<bool>("--trades") { Description = "List every closed trade (entry, exit, quantity, net P&L)" };
        var show = globals.WithJournal(new Command("show", "Show one stored run.") { id, showJson, showRisk, showTrades });
        show.SetAction(async (parse, ct) =>
        {
            await using var services = globals.Services(parse);
            RunRecord run;
            try
            {
                run = await services.GetRequiredService<RunQueries>().ShowAsync(parse.GetValue(id)!, ct).ConfigureAwait(false);
            }
            catch (NotFoundException e)
            {
                throw new NotFoundException(e.Input, e.Template + "; see `ouroboros runs list`", e);
            }
            if (parse.GetValue(showJson))
            {
                await io.Out.WriteLineAsync(run.ResultJson).ConfigureAwait(false);
                return CliApp.ExitOk;
            }
            var s = run.Summary;
            await io.Out.WriteLineAsync($"Run        {s.Id.Value} ({s.Kind}, risk {(s.RiskEnabled ? "on" : "off")})").ConfigureAwait(false);
            await io.Out.WriteLineAsync($"Strategy   {s.Strategy} {string.Join(' ', run.Parameters.Select(p => p.Key + "=" + p.Value))}").ConfigureAwait(false);
            await io.Out.WriteLineAsync($"Data       {s.DataSources}").ConfigureAwait(false);
            await io.Out.WriteLineAsync($"Period     {Format.Date(s.From)} → {Format.Date(s.To)}").ConfigureAwait(false);
            await io.Out.WriteLineAsync($"Stored     {run.Orders.Count} orders, {run.Fills.Count} fills, {run.Trades.Count} trades, {run.Equity.Count} equity points, {run.RiskDecisions.Count} risk decisions ({run.RiskDecisions.Count(d => !d.Approved)} denied)").ConfigureAwait(false);
            foreach (var (k, v) in s.Metrics.OrderBy(m => m.Key, StringComparer.Ordinal))
                await io.Out.WriteLineAsync($"  {k,-28} {(v is { } x ? x.ToString("0.######", System.Globalization.CultureInfo.InvariantCulture) : "n/a")}").ConfigureAwait(false);
            if (parse.GetValue(showTrades)) await RunsUpkeepCommands.PrintTradesAsync(io.Out, run).ConfigureAwait(false);
            if (parse.GetValue(showRisk)) await RunRiskPrinter.PrintAsync(io.Out, run).ConfigureAwait(false);
            return CliApp.ExitOk;
        });

        return new Command("runs", "List, reopen, export, compare and delete stored runs.")
        {
            list, show, RunsUpkeepCommands.Export(globals, io), RunsUpkeepCommands.Compare(globals, io),
            RunsUpkeepCommands.Delete(globals, io), RunsUpkeepCommands.Prune(globals, io),
        };
    }

    private static string Truncate(string s, int n) => s.Length <= n ? s : s[..(n - 1)] + "…";
}
