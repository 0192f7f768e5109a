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
public sealed class RunBacktest(StrategyRegistry strategies, MarketDataLoader loader, BacktestDefaults defaults, IJournal journal, TimeProvider clock,
    ILlmRuntimeFactory? brain = null, ILogger<RunBacktest>? logger = null)
{
    private readonly ILogger _log = logger ?? NullLogger<RunBacktest>.Instance;

    public async Task<BacktestResult> ExecuteAsync(BacktestRequest request, Action<int, int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var activity = ApplicationTelemetry.Start("backtest");
        activity?.SetTag("ouroboros.strategy", request.Strategy);
        Check(request);
        var (descriptor, parameters) = strategies.Bind(request.Strategy, request.Parameters);
        var brainFactory = descriptor as IBrainStrategyFactory;
        if (brainFactory is not null && brain is null)
            throw new StrategyConfigurationException($"strategy '{request.Strategy}' needs the LLM runtime, which this host did not wire");
        var warmUpBars = request.WarmUpBars ?? (brainFactory is not null && request.From is not null ? BrainStrategies.DefaultWarmUpBars : 0);
        var (loaded, warmUpWarning) = LoadData(request, warmUpBars);
        var series = loaded.Select(l => l.Series).ToArray();
        // Bars before this time are warm-up: the strategy sees them, nothing trades on them.
        DateTimeOffset? tradeFrom = warmUpBars == 0 ? null : request.From ?? WarmUpWindow.AfterFirstSlices(series, warmUpBars);
        var interval = series[0].Interval;
        var mixed = series.FirstOrDefault(s => s.Interval != interval);
        if (mixed is not null)
            throw new DataProblemException("data", $"all data must share one bar interval: {series[0].Source} is {interval}, {mixed.Source} is {mixed.Interval}");

        var commission = request.CommissionPct is { } pct ? pct / 100m : (decimal?)null;
        var models = series.Select(s => VenueRules.Model(s.Instrument.Venue, commission)).ToArray();
        MarketCalendars.TryForVenue(series[0].Instrument.Venue, out var calendar);
        BrainRun? brainRun = null;
        IStrategy strategy;
        if (brainFactory is not null)
        {
            var runtime = await brain!.CreateAsync(request.LlmCache, cancellationToken).ConfigureAwait(false);
            brainRun = brainFactory.Prepare(runtime, parameters, request.Parameters, series, calendar, clock);
            strategy = brainRun.NewStrategy();
        }
        else strategy = ((IStrategyFactory)descriptor).Create(parameters);
        var riskEnv = request.NoRisk ? null : RiskEnvironmentFor(request, series, calendar);
        var benchmark = request.Benchmark is null ? null : loader.Load(request.Benchmark, new LoadOptions
        {
            From = request.From, To = request.To, Adjusted = request.Adjusted, UseCache = defaults.UseCache,
        }).Series;

        var spec = new BacktestSpec(series, strategy, request.Strategy, parameters.Values, request.Cash, models, request.Fill, request.Sizing,
            riskEnv is null ? RiskEngine.None : StandardRiskEngine.Create(riskEnv, backtest: true), benchmark)
        {
            Calendar = calendar,
            Exits = riskEnv is null ? null : StandardRiskEngine.Exits(riskEnv),
            TradeFrom = tradeFrom,
        };
        var result = await BacktestRunner.RunAsync(spec, progress, cancellationToken).ConfigureAwait(false);
        var brainMetadata = brainRun is null ? null : await brainRun.FinishAsync(strategy, cancellationToken).ConfigureAwait(false);
        RiskReport? riskReport = null;
        if (riskEnv is not null && (request.RiskReport || request.ReportPath is not null))
        {
            riskReport = await RiskWhatIf.BuildAsync(spec, result, riskEnv,
                s => s with { Strategy = brainRun is not null ? brainRun.NewStrategy() : ((IStrategyFactory)descriptor).Create(parameters) },
                cancellationToken).ConfigureAwait(false);
        }

        var aroundTheClock = series.Any(TradingHours.IsAroundTheClock);
        var statsInput = new StatisticsInput(result.Equity, request.Cash, result.Trades, result.OpenTrades, result.Fills, interval,
            aroundTheClock, result.SlicesInMarket, benchmark);
        var stats = StatisticsCalculator.Compute(statsInput);
        var warmUp = tradeFrom is { } start
            ? WarmUpWindow.Describe(warmUpBars, start, series, result.WarmUpSlices, result.WarmUpIntentsDiscarded, warmUpWarning)
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
            RiskReport = riskReport, Brain = brainMetadata, WarmUp = warmUp,
        };
    }

    /// <summary>The checks that need no data, in the order a user would fix them.</summary>
    private static void Check(BacktestRequest request)
    {
        if (request.Cash <= 0) throw new InvalidInputException("cash", "«cash» must be positive");
        if (request.CommissionPct is < 0 or >= 100) throw new InvalidInputException("commission-pct", "«commission-pct» must be a percentage in [0, 100), e.g. 0.1");
        if (request.WarmUpBars < 0) throw new InvalidInputException("warmup", $"«warmup» must be 0 or more bars, not {request.WarmUpBars}; e.g. «warmup» 60");
        if (request.From is { } f && request.To is { } t && f > t)
            throw new InvalidInputException("from", $"From {f:O} is after To {t:O}.");
    }

    private static RiskEnvironment RiskEnvironmentFor(BacktestRequest request, IReadOnlyList<BarSeries> series, MarketCalendar? calendar)
    {
        ReferenceSeries? vix = null;
        if (series.Any(s => RiskEnvironment.VixVenues.Contains(s.Instrument.Venue)))
        {
            if (request.VixFile is not { } file)
                throw new DataProblemException("vix", "the VIX halt needs daily VIX closes for KRX/US data: set Backtest:VixFile (data/vix has a file) or run with «no-risk»");
            try
            {
                vix = VixSeriesLoader.Load(file);
            }
            catch (Exception e) when (e is FileNotFoundException or InvalidDataException)
            {
                throw new DataProblemException("vix", e.Message, e);
            }
        }
        return new RiskEnvironment(request.Risk, vix, calendar, request.BlackoutWindows);
    }

    /// <summary>
    /// With a start date and a warm-up, each file is loaded up to the end date and cut to the warm-up bars before the start plus
    /// the bars from it on (the session check then judges just those); the warning says when fewer were there than asked.
    /// </summary>
    private (List<LoadedSeries> Loaded, string? WarmUpWarning) LoadData(BacktestRequest request, int warmUpBars)
    {
        var files = DataFiles.Expand(request.Data);
        var options = new LoadOptions { Venue = request.Venue, Adjusted = request.Adjusted, From = request.From, To = request.To, UseCache = defaults.UseCache };
        var warmUpBeforeFrom = request.From is not null && warmUpBars > 0;
        var loadOptions = warmUpBeforeFrom ? options with { From = null, CheckSessions = false } : options;
        var loaded = files.Select(f => loader.Load(f, loadOptions)).ToList();
        string? warning = null;
        if (warmUpBeforeFrom) (loaded, warning) = WarmUpWindow.BeforeFrom(loaded, request.From!.Value, warmUpBars, options.CheckSessions, options.ExtendedHours);
        var empty = loaded.FirstOrDefault(l => l.Series.Count == 0);
        if (empty is not null)
            throw new DataProblemException("data", $"{empty.Series.Source} has no bars between {request.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "the start"} and {request.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "the end"}");
        var duplicate = loaded.GroupBy(l => l.Series.Instrument.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new DataProblemException("data", $"instrument {duplicate.Key} is loaded twice ({string.Join(", ", duplicate.Select(d => d.Series.Source))})");
        return (loaded, warning);
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
