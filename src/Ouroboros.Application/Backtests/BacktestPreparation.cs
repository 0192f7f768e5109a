using Ouroboros.Ai.Routing;
using Ouroboros.Application.Brain;
using Ouroboros.Backtest.Engine;
using Ouroboros.Core.Errors;
using Ouroboros.Core.Strategies;
using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Calendars;
using Ouroboros.Domain.Venues;
using Ouroboros.MarketData;
using Ouroboros.Risk.Data;
using Ouroboros.Risk.Engine;
using System.Globalization;

namespace Ouroboros.Application.Backtests;

/// <summary>
/// Turns a request into everything a run is built from: checks it, loads and validates the data, binds the strategy
/// (through its factory, with the LLM runtime when it needs one), venue models, calendar, risk gates and the warm-up.
/// Backtests and the agent's market replay build from the same preparation, which is what lets them agree trade for trade.
/// </summary>
public sealed class BacktestPreparation(StrategyRegistry strategies, MarketDataLoader loader, BacktestDefaults defaults, TimeProvider clock,
    ILlmRuntimeFactory? brain = null)
{
    /// <summary>
    /// <paramref name="liveRisk"/>: halts last until an operator resumes (the agent); otherwise they lift at the next
    /// trading day, as research backtests assume.
    /// </summary>
    public async Task<PreparedRun> PrepareAsync(BacktestRequest request, bool liveRisk, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
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
        if (benchmark is not null) BenchmarkFit.Check(benchmark, series, tradeFrom);

        var spec = new BacktestSpec(series, strategy, request.Strategy, parameters.Values, request.Cash, models, request.Fill, request.Sizing,
            riskEnv is null ? RiskEngine.None : StandardRiskEngine.Create(riskEnv, backtest: !liveRisk), benchmark)
        {
            Calendar = calendar,
            Exits = riskEnv is null ? null : StandardRiskEngine.Exits(riskEnv),
            TradeFrom = tradeFrom,
        };
        Func<IStrategy> newStrategy = brainRun is not null ? brainRun.NewStrategy : () => ((IStrategyFactory)descriptor).Create(parameters);
        return new PreparedRun(spec, loaded, brainRun, parameters, riskEnv, warmUpBars, warmUpWarning, newStrategy)
        {
            LongestLookBack = NoTradeReasons.LongestLookBack(descriptor.Parameters, parameters),
        };
    }

    /// <summary>The checks that need no data, in the order a user would fix them.</summary>
    private static void Check(BacktestRequest request)
    {
        if (request.Cash <= 0) throw new InvalidInputException("cash", "«cash» must be positive");
        if (request.CommissionPct is < 0 or >= 100) throw new InvalidInputException("commission-pct", "«commission-pct» must be a percentage in [0, 100), e.g. 0.1");
        if (request.WarmUpBars < 0) throw new InvalidInputException("warmup", $"«warmup» must be 0 or more bars, not {request.WarmUpBars}; e.g. «warmup» 60");
        if (request.From is { } f && request.To is { } t && f > t)
            throw new InvalidInputException("from", $"«from» {f:yyyy-MM-dd} is after «to» {t:yyyy-MM-dd}; the period must start before it ends, e.g. «from» 2020-01-01 «to» 2020-12-31");
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
        // Sessions are judged after the instruments are known to fit the venue and one currency: a US file run as KRX is
        // that mistake, not a hundred bars "outside the KRX sessions".
        var loadOptions = options with { From = warmUpBeforeFrom ? null : options.From, CheckSessions = false };
        var loaded = files.Select(f => loader.Load(f, loadOptions)).ToList();
        InstrumentFit.CheckVenue([.. loaded.Select(l => l.Series)], request.Venue);
        InstrumentFit.CheckOneCurrency([.. loaded.Select(l => l.Series)]);
        string? warning = null;
        if (warmUpBeforeFrom) (loaded, warning) = WarmUpWindow.BeforeFrom(loaded, request.From!.Value, warmUpBars, options.CheckSessions, options.ExtendedHours);
        else if (options.CheckSessions)
        {
            foreach (var series in loaded.Select(l => l.Series))
            {
                if (MarketCalendars.TryForVenue(series.Instrument.Venue, out var calendar))
                    SessionCheck.ThrowIfOutside(series, calendar, series.Source ?? series.Instrument.Symbol, options.ExtendedHours);
            }
        }
        var empty = loaded.FirstOrDefault(l => l.Series.Count == 0);
        if (empty is not null)
            throw new DataProblemException("data", $"{empty.Series.Source} has no bars between {request.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "the start"} and {request.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "the end"}");
        var duplicate = loaded.GroupBy(l => l.Series.Instrument.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new DataProblemException("data", $"instrument {duplicate.Key} is loaded twice ({string.Join(", ", duplicate.Select(d => d.Series.Source))})");
        return (loaded, warning);
    }

}
