using Ouroboros.Domain.Venues;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Ouroboros.Application.Backtests;
using Ouroboros.Application.Brain;
using Ouroboros.Application.Telemetry;
using Ouroboros.Core.Errors;
using Ouroboros.Core.Planning;
using Ouroboros.MarketData;
using Ouroboros.Strategies.Playbooks;

namespace Ouroboros.Application.Planning;

/// <summary>
/// Writes (and stores) the playbook for one market and day from daily bar files, exactly as the playbook backtest
/// does for each day: only bars dated before the day are shown to the planner.
/// </summary>
public sealed class PlanDay(MarketDataLoader loader, BacktestDefaults defaults, BrainSettings settings, ILlmRuntimeFactory runtimes, TimeProvider clock,
    ILogger<PlanDay>? logger = null)
{
    private readonly ILogger _log = logger ?? NullLogger<PlanDay>.Instance;

    public async Task<PlanDayResult> ExecuteAsync(PlanDayRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var activity = ApplicationTelemetry.Start("plan");
        activity?.SetTag("ouroboros.market", request.Market);
        var plannerName = request.Planner?.ToLowerInvariant();
        if (plannerName is not (null or "llm" or "rules")) throw new InvalidInputException("planner", $"«planner» must be llm or rules, not '{plannerName}'");
        var calendar = Markets.Calendar(request.Market);
        var date = request.Date;
        if (!calendar.IsTradingDay(date))
            throw new InvalidInputException("date",
                $"«date» {date:yyyy-MM-dd} is not a {calendar.Market} trading day{(calendar.HolidayName(date) is { } h ? $" ({h})" : " (weekend)")}; the nearest are {calendar.PreviousTradingDay(date):yyyy-MM-dd} and {calendar.NextTradingDay(date):yyyy-MM-dd}");
        var venue = Markets.VenueOf(calendar);
        var files = DataFiles.Expand(request.Data);
        if (files.Count == 0) throw new DataProblemException("data", "«data» names no CSV files");
        var asOf = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var loaded = new List<Domain.Bars.BarSeries>();
        foreach (var file in files)
        {
            // Sessions are judged once the data is known to fit the market (below): KRX data planned as US is that mistake.
            var series = loader.Load(file, new LoadOptions { Venue = venue, UseCache = defaults.UseCache, CheckSessions = false }).Series;
            if (series.Interval.IsIntraday) throw new DataProblemException("data", $"{file}: plan reads daily bars; this file is {series.Interval}");
            loaded.Add(series);
        }
        InstrumentFit.CheckVenue(loaded, venue, "market", request.Market);
        InstrumentFit.CheckOneCurrency(loaded);
        foreach (var series in loaded) SessionCheck.ThrowIfOutside(series, calendar, series.Source ?? series.Instrument.Symbol);
        PlanDates.CheckWithinData(date, loaded, calendar);
        var histories = loaded.Select(s => new InstrumentHistory(s.Instrument, s.Bars.ToArray(), s.Interval.Length)).ToList();
        var planning = PlanningRequest.Create(calendar.Market, date, asOf, histories, settings.MaxScenarios);
        if (planning.Instruments.All(h => h.Bars.Count == 0))
            throw new DataProblemException("date", $"none of the data has a bar before {date:yyyy-MM-dd}; pick a later «date»");

        var runtime = await runtimes.CreateAsync(request.Cache, cancellationToken).ConfigureAwait(false);
        var name = plannerName ?? runtime.DefaultPlanner;
        var desk = new PlaybookDesk(runtime.Planner(name), runtime.Playbooks, clock, new PlaybookDeskOptions(settings.PlaybookTimeout, settings.MaxScenarios));
        var plan = await desk.PrepareAsync(planning, cancellationToken).ConfigureAwait(false);
        ApplicationTelemetry.PlansMade.Add(1);
        var day = date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Log.PlanMade(_log, calendar.Market, day, plan.Status, name);
        if (plan.Problem is { } problem) Log.PlanFellBack(_log, calendar.Market, day, problem);
        return new PlanDayResult(plan, name, planning);
    }
}
