using Ouroboros.Domain.Venues;
using System.CommandLine;
using Ouroboros.Brokers.Simulated;
using Ouroboros.Cli.Output;
using Ouroboros.Core.Sizing;
using Microsoft.Extensions.DependencyInjection;
using Ouroboros.Application.Backtests;
using Ouroboros.Core.Errors;

namespace Ouroboros.Cli.Commands;

/// <summary>`ouroboros backtest`: runs a strategy over CSV data and reports, journals and (optionally) writes HTML.</summary>
public static class BacktestCommand
{
    public static Command Create(GlobalOptions globals, CliIo io)
    {
        var strategy = new Option<string>("--strategy") { Description = "Strategy name (see `ouroboros strategies`)", Required = true };
        var param = new Option<string[]>("--param") { Description = "Strategy parameter name=value (repeatable), e.g. --param fast=10", AllowMultipleArgumentsPerToken = false };
        var data = new Option<string[]>("--data") { Description = "CSV file or folder of CSV files (repeatable; each file is one instrument)", Required = true };
        var cashSetting = SettingDefault.Definition("Backtest:Cash");
        var cash = ValueOption.Number("--cash", $"Initial cash ({SettingDefault.Of("Backtest:Cash")})", cashSetting.Min ?? 0.01m, ValueOption.MaxMoney, "250000");
        var commissionSetting = SettingDefault.Definition("Backtest:CommissionPct");
        var commission = ValueOption.Number("--commission-pct", $"Commission in percent of notional, e.g. 0.1 ({SettingDefault.Of("Backtest:CommissionPct")}; with --venue, the venue's rate)",
            commissionSetting.Min ?? 0m, commissionSetting.Max ?? 10m, "0.1");
        var fill = ValueOption.Choice("--fill", $"When market orders fill ({SettingDefault.Of("Backtest:Fill")})", [.. SettingDefault.Definition("Backtest:Fill").Choices!]);
        var sizing = new Option<string?>("--sizing") { Description = $"fixed:N, cash:AMOUNT, percent:P, all-in or atr:RISK%,K[,PERIOD] ({SettingDefault.Of("Backtest:Sizing")})" };
        sizing.Validators.Add(r =>
        {
            if (r.Tokens is [{ Value: var text }] && string.IsNullOrWhiteSpace(text))
                r.AddError("--sizing is empty; use fixed:N, cash:AMOUNT, percent:P, all-in or atr:RISK%,K[,PERIOD], e.g. --sizing percent:10");
        });
        var quantity = ValueOption.Number("--quantity", "Fixed quantity per entry (same as --sizing fixed:N)", 0.00000001m, 1_000_000_000_000m, "100");
        var from = ValueOption.Date("--from", "First date to trade, YYYY-MM-DD", endOfDay: false);
        var to = ValueOption.Date("--to", "Last date to trade, YYYY-MM-DD (inclusive)", endOfDay: true);
        var warmUp = ValueOption.Whole("--warmup",
            "Bars the strategy sees before it may trade (indicators and history start warm; no orders, no LLM calls). "
                + "With --from: up to BARS bars per series before that date; without: the first BARS bars of the data. Default 0",
            0, 1_000_000, "60");
        warmUp.HelpName = "BARS";
        var venue = ValueOption.Choice("--venue", $"Apply that venue's fees, taxes, ticks, lots and slippage ({SettingDefault.Of("Backtest:Venue")})", [.. SettingDefault.Definition("Backtest:Venue").Choices!]);
        var benchmark = new Option<string?>("--benchmark") { Description = "CSV of a benchmark to compare with buy-and-hold" };
        var noRisk = new Option<bool>("--no-risk") { Description = "Run the raw strategy without risk gates (research; the report says so)" };
        var adjusted = new Option<bool>("--adjusted") { Description = "Use adjusted prices (needs an adj_close column)" };
        var report = new Option<string?>("--report") { Description = "Write a self-contained HTML report to this file" };
        var json = new Option<bool>("--json") { Description = "Print the results as one JSON object" };
        var noSave = new Option<bool>("--no-save") { Description = "Do not store the run in the journal" };
        var riskReport = new Option<bool>("--risk-report") { Description = "Print what each risk rule denied and what it cost or saved (replays the run once per rule)" };
        var vix = new Option<string?>("--vix") { Description = "Daily VIX closes (date,close CSV) for the VIX halt; default Backtest:VixFile" };
        var planner = ValueOption.Choice("--planner", "For --strategy playbook: who writes the playbooks (default: llm when a provider is configured, else rules)", "rules", "llm");
        var llmMode = ValueOption.Choice("--llm-mode", "For --strategy llm: realtime (one call per candidate per bar) or batch (one call per market per bar)", "realtime", "batch");
        var llmCache = ValueOption.Choice("--llm-cache", $"Replay makes an LLM backtest repeatable and free; a miss stops the run ({SettingDefault.Of("Llm:Cache")})", "record", "replay", "off");

        var command = globals.WithJournal(new Command("backtest", "Run a strategy over historical bars with the same kernel and risk gates as live trading.")
        {
            strategy, param, data, cash, commission, fill, sizing, quantity, from, to, warmUp, venue, benchmark, noRisk, adjusted, report, json, noSave, riskReport, vix,
            planner, llmMode, llmCache,
        });
        command.SetAction(async (parse, ct) =>
        {
            var options = globals.LoadOptions(parse);
            var sizingPolicy = CliParsing.Sizing(parse.GetValue(sizing), parse.GetValue(quantity), options.Sizing);
            var period = CliParsing.Period(parse.GetValue(from), parse.GetValue(to));
            var venueValue = CliParsing.Venue(parse.GetValue(venue) ?? options.Venue);
            var request = new BacktestRequest
            {
                Strategy = parse.GetValue(strategy)!,
                Parameters = BrainParameters(parse.GetValue(strategy)!, CliParsing.Parameters(parse.GetValue(param)), parse.GetValue(planner), parse.GetValue(llmMode)),
                LlmCache = parse.GetValue(llmCache) is { } cacheText ? CliParsing.CacheMode(cacheText) : null,
                Data = parse.GetValue(data) ?? [],
                Cash = parse.GetValue(cash) ?? options.BacktestCash,
                CommissionPct = parse.GetValue(commission) ?? (venueValue == Domain.Venues.Venue.Generic ? options.CommissionPct : null),
                Fill = FillPolicyParser.Parse(parse.GetValue(fill) ?? options.Fill),
                Sizing = sizingPolicy,
                From = period.From,
                To = period.To,
                WarmUpBars = parse.GetValue(warmUp),
                Venue = venueValue,
                Benchmark = parse.GetValue(benchmark),
                NoRisk = parse.GetValue(noRisk),
                Adjusted = parse.GetValue(adjusted),
                ReportPath = parse.GetValue(report),
                Save = !parse.GetValue(noSave),
                Risk = options.Risk,
                VixFile = parse.GetValue(vix) ?? options.VixFile,
                BlackoutWindows = options.BlackoutWindows,
                RiskReport = parse.GetValue(riskReport),
            };

            if (ModelFallback.Warning(request.Strategy, parse.GetValue(planner), options) is { } fallback)
                await io.Error.WriteLineAsync($"warning: {fallback}").ConfigureAwait(false);
            await using var services = globals.Services(parse, options);
            using var progress = new ProgressBar(io.Error, "backtest");
            BacktestResult outcome;
            try
            {
                outcome = await services.GetRequiredService<RunBacktest>().ExecuteAsync(request, progress.Report, ct).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                // A backtest is stored in one piece after its last bar, so a stopped one is not stored at all.
                progress.Complete();
                await io.Error.WriteLineAsync("stopped: the backtest was interrupted; the run was not stored in the journal").ConfigureAwait(false);
                return CliApp.ExitStopped;
            }
            progress.Complete();
            if (outcome.WarmUp?.Warning is { } warmUpWarning) await io.Error.WriteLineAsync($"warning: {warmUpWarning}").ConfigureAwait(false);
            if (parse.GetValue(json)) await io.Out.WriteLineAsync(outcome.Json).ConfigureAwait(false);
            else
            {
                await BacktestSummaryPrinter.PrintAsync(io.Out, outcome).ConfigureAwait(false);
                if (outcome.WarmUp is { } w) await io.Out.WriteLineAsync($"Warm-up: {w.Describe()}").ConfigureAwait(false);
                if (outcome.Brain is not null) await BrainSummaryPrinter.PrintAsync(io.Out, outcome.Brain).ConfigureAwait(false);
                if (request.RiskReport) await RiskReportPrinter.PrintAsync(io.Out, outcome).ConfigureAwait(false);
            }
            return CliApp.ExitOk;
        });
        return command;
    }

    /// <summary>--planner and --llm-mode are parameters of the playbook and llm strategies; elsewhere they are mistakes.</summary>
    private static Dictionary<string, string> BrainParameters(string strategy, IReadOnlyDictionary<string, string> given, string? planner, string? mode)
    {
        var parameters = new Dictionary<string, string>(given, StringComparer.OrdinalIgnoreCase);
        if (planner is not null)
        {
            if (!strategy.Equals("playbook", StringComparison.OrdinalIgnoreCase)) throw new InvalidInputException("planner", "--planner applies to --strategy playbook only");
            parameters["planner"] = planner.ToLowerInvariant();
        }
        if (mode is not null)
        {
            if (!strategy.Equals("llm", StringComparison.OrdinalIgnoreCase)) throw new InvalidInputException("llm-mode", "--llm-mode applies to --strategy llm only");
            parameters["mode"] = mode.ToLowerInvariant();
        }
        return parameters;
    }
}
