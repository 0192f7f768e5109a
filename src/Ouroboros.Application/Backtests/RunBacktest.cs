using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Ouroboros.Backtest.Engine;
using Ouroboros.MarketData;
using Ouroboros.Analytics.Reports;
using Ouroboros.Brokers.Simulated;
using Ouroboros.Analytics.Statistics;
using Ouroboros.Core.Journal;
using Ouroboros.Core.Ports;
using Ouroboros.Core.Strategies;
using Ouroboros.Domain.Venues;
using Ouroboros.Domain.Instruments;
using Ouroboros.Domain.Primitives;
using Ouroboros.Risk.Engine;
using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Calendars;
using Ouroboros.Risk.Data;
using Ouroboros.Risk.State;

using Ouroboros.Risk.Events;
using Ouroboros.Domain.Events;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Ouroboros.Application.Brain;
using Ouroboros.Application.Telemetry;
using Ouroboros.Core.Errors;

namespace Ouroboros.Application.Backtests;

/// <summary>
/// Runs a backtest the way a user asks for it: checks the request, loads and validates data, builds the strategy
/// (through its factory, with the LLM runtime when it needs one), venue models and risk gates, runs the kernel,
/// computes statistics, writes the reports and journals the run.
/// </summary>
public sealed class RunBacktest(BacktestPreparation preparation, IJournal journal, TimeProvider clock, ILogger<RunBacktest>? logger = null)
{
    private readonly ILogger _log = logger ?? NullLogger<RunBacktest>.Instance;

    public async Task<BacktestResult> ExecuteAsync(BacktestRequest request, Action<int, int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var activity = ApplicationTelemetry.Start("backtest");
        activity?.SetTag("ouroboros.strategy", request.Strategy);
        var prepared = await preparation.PrepareAsync(request, liveRisk: false, cancellationToken).ConfigureAwait(false);
        var (spec, loaded, brainRun, riskEnv, warmUpBars, tradeFrom) = (prepared.Spec, prepared.Loaded, prepared.Brain, prepared.RiskEnvironment, prepared.WarmUpBars, prepared.Spec.TradeFrom);
        var parameters = prepared.Parameters;
        var series = spec.Series;
        var interval = series[0].Interval;
        var benchmark = spec.Benchmark;
        var result = await BacktestRunner.RunAsync(spec, progress, cancellationToken).ConfigureAwait(false);
        var brainMetadata = brainRun is null ? null : await brainRun.FinishAsync(spec.Strategy, cancellationToken).ConfigureAwait(false);
        RiskReport? riskReport = null;
        if (riskEnv is not null && (request.RiskReport || request.ReportPath is not null))
        {
            riskReport = await RiskWhatIf.BuildAsync(spec, result, riskEnv,
                s => s with { Strategy = prepared.NewStrategy() },
                cancellationToken).ConfigureAwait(false);
        }

        var aroundTheClock = series.Any(TradingHours.IsAroundTheClock);
        var statsInput = new StatisticsInput(result.Equity, request.Cash, result.Trades, result.OpenTrades, result.Fills, interval,
            aroundTheClock, result.SlicesInMarket, benchmark);
        var stats = StatisticsCalculator.Compute(statsInput);
        var warmUp = tradeFrom is { } start
            ? WarmUpWindow.Describe(warmUpBars, start, series, result.WarmUpSlices, result.WarmUpIntentsDiscarded, prepared.WarmUpWarning)
            : null;

        var createdAt = clock.GetUtcNow();
        var runId = NewRunId(createdAt, request, parameters);
        var dataText = string.Join(", ", series.Select(s => $"{Display(s.Source)} ({s.Instrument.Id}, {s.Interval}, {s.Count} bars)"));
        var runParameters = RunParameters(request, parameters, warmUpBars);
        // Without a start date the report would not otherwise say where trading began.
        if (tradeFrom is { } begin && request.From is null) runParameters["trade_from"] = BacktestWarmUp.Stamp(begin);
        var info = new RunInfo(request.Strategy, runParameters, dataText, !request.NoRisk, runId.Value, "backtest", createdAt);
        var metadata = new Dictionary<string, object?>(info.ToMetadata(), StringComparer.Ordinal)
        {
            ["fill_policy"] = request.Fill.ToText(),
            ["sizing"] = request.Sizing.ToString(),
            ["venue"] = request.Venue.ToString().ToLowerInvariant(),
            ["risk_denials"] = result.RiskDecisions.Count(d => !d.Approved),
            ["risk_halts"] = result.RiskEvents.Count(e => e.IsMoveTo(TradingState.Halted)),
            ["risk_alerts"] = result.RiskEvents.Count(e => e.Kind == RiskEventKind.Alert),
            ["risk_exit_signals"] = result.RiskEvents.Count(e => e.Kind == RiskEventKind.ExitSignal),
            ["skipped_intents"] = result.SkippedIntents.Count,
            ["orders"] = result.Orders.Count,
            ["data_gaps"] = loaded.Sum(l => l.Gaps.Count),
        };
        var noTrades = NoTradeReasons.Explain(result, series, request.Cash, prepared.LongestLookBack, tradeFrom);
        if (noTrades.Count > 0) metadata["no_trade_reasons"] = noTrades;
        foreach (var (key, value) in warmUp?.ToMetadata() ?? []) metadata[key] = value;
        foreach (var (key, value) in brainMetadata ?? new Dictionary<string, object?>()) metadata[key] = value;
        var json = new JsonReportWriter().Write(stats, metadata);

        string? reportPath = null;
        if (request.ReportPath is { } path)
        {
            reportPath = Path.GetFullPath(path);
            var dir = Path.GetDirectoryName(reportPath);
            if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
            var html = new HtmlReportInput(info, stats, statsInput, result.RiskDecisions, TradedPart(series[0], tradeFrom)) { Risk = riskReport, RiskEvents = result.RiskEvents };
            await new HtmlReportWriter().WriteAsync(reportPath, html, cancellationToken).ConfigureAwait(false);
        }

        if (request.Save)
        {
            var store = await journal.RunsAsync(cancellationToken).ConfigureAwait(false);
            var summary = new RunSummary(runId, "backtest", request.Strategy, dataText, createdAt, tradeFrom is null ? series.Min(s => s.First) : stats.Start ?? tradeFrom, series.Max(s => s.Last),
                !request.NoRisk, stats.ToMetricDictionary());
            var record = new RunRecord(summary, runParameters, result.Orders, result.Fills, result.Trades, result.Equity, result.RiskDecisions, json, result.RiskEvents);
            await store.SaveAsync(record, cancellationToken).ConfigureAwait(false);
        }
        ApplicationTelemetry.BacktestsRun.Add(1);
        Log.BacktestFinished(_log, runId.Value, request.Strategy, result.Orders.Count, stats.FinalEquity);
        return new BacktestResult(runId, result, stats, json, reportPath, request.Save, loaded, journal.Name)
        {
            RiskReport = riskReport, Brain = brainMetadata, WarmUp = warmUp, NoTradeReasons = noTrades,
        };
    }

    /// <summary>The report's price chart starts where trading does.</summary>
    private static BarSeries? TradedPart(BarSeries series, DateTimeOffset? tradeFrom) =>
        tradeFrom is null ? series : series.Slice(tradeFrom, null) is { Count: > 0 } traded ? traded : null;

    private static Dictionary<string, string> RunParameters(BacktestRequest request, StrategyParameters parameters, int warmUpBars)
    {
        var d = new Dictionary<string, string>(parameters.Values, StringComparer.Ordinal)
        {
            ["cash"] = request.Cash.ToString(CultureInfo.InvariantCulture),
            ["fill"] = request.Fill.ToText(),
            ["sizing"] = request.Sizing.ToString(),
            ["venue"] = request.Venue.ToString().ToLowerInvariant(),
            ["risk"] = request.NoRisk ? "off" : "on",
        };
        if (request.CommissionPct is { } c) d["commission_pct"] = c.ToString(CultureInfo.InvariantCulture);
        if (request.From is { } f) d["from"] = f.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (request.To is { } t) d["to"] = t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (warmUpBars > 0) d["warmup"] = warmUpBars.ToString(CultureInfo.InvariantCulture);
        if (request.Adjusted) d["adjusted"] = "true";
        if (request.Benchmark is { } b) d["benchmark"] = b;
        return d;
    }

    /// <summary>Paths under the working directory are shown relative to it, so journals and reports stay readable.</summary>
    private static string Display(string? source)
    {
        if (source is null) return "(unnamed series)";
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), source);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? source : relative;
    }

    /// <summary>Time-ordered and unique: timestamp plus a short hash of what was run.</summary>
    private static RunId NewRunId(DateTimeOffset createdAt, BacktestRequest request, StrategyParameters parameters)
    {
        var text = $"{createdAt.UtcTicks}|{request.Strategy}|{string.Join(',', request.Data)}|{string.Join(',', parameters.Values.Select(kv => kv.Key + "=" + kv.Value))}";
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..6];
        return new RunId($"bt-{createdAt.UtcDateTime:yyyyMMdd-HHmmss-fff}-{hash}");
    }
}
