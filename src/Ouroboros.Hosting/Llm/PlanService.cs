using Ouroboros.Domain.Venues;
using Ouroboros.Ai.Routing;
using Ouroboros.MarketData;
using Ouroboros.Core.Planning;
using Ouroboros.Domain.Calendars;
using Ouroboros.Domain.Instruments;
using Ouroboros.Hosting.Backtesting;
using Ouroboros.Hosting.Configuration;
using Ouroboros.Storage.Sqlite;
using Ouroboros.Strategies.Playbooks;

namespace Ouroboros.Hosting.Llm;

/// <summary>
/// <c>ouroboros plan</c>: writes (and stores) the playbook for one market and day from daily bar files, exactly as
/// the playbook backtest does for each day: only bars dated before the day are shown to the planner.
/// </summary>
public static class PlanService
{
    /// <summary>KR → KRX, US → NYSE; other names as the calendars know them.</summary>
    public static MarketCalendar Calendar(string market) => market.Trim().ToUpperInvariant() switch
    {
        "KR" or "KOREA" => MarketCalendars.Krx,
        "US" or "USA" => MarketCalendars.Nyse,
        var m => MarketCalendars.TryGet(m, out var c) ? c
            : throw new FormatException($"unknown market '{market}'; use KR, US or one of {string.Join(", ", MarketCalendars.All.Select(x => x.Market))}"),
    };

    public static async Task<(DayPlan Plan, string Planner, PlanningRequest Request)> PlanAsync(
        OuroborosOptions options, SqliteStoreOptions store, string market, DateOnly date, IReadOnlyList<string> data, string? planner,
        CacheMode? cache, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var calendar = Calendar(market);
        if (calendar.HasHolidayData(date) && !calendar.IsTradingDay(date))
            throw new ArgumentException($"{date:yyyy-MM-dd} is not a {calendar.Market} trading day{(calendar.HolidayName(date) is { } h ? $" ({h})" : " (weekend)")}");
        var venue = calendar.Market switch
        {
            "KRX" => Venue.Krx,
            "CRYPTO" => Venue.Bybit,
            "NYSE" or "NASDAQ" or "AMEX" => Venue.Us,
            _ => Venue.Generic,
        };
        var loader = Composition.Loader(options);
        var files = DataFiles.Expand(data);
        if (files.Count == 0) throw new ArgumentException("--data names no CSV files");
        var asOf = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var histories = new List<InstrumentHistory>();
        foreach (var file in files)
        {
            var series = loader.Load(file, new LoadOptions { Venue = venue, UseCache = options.UseCache }).Series;
            if (series.Interval.IsIntraday) throw new ArgumentException($"{file}: plan reads daily bars; this file is {series.Interval}");
            histories.Add(new InstrumentHistory(series.Instrument, series.Bars.ToArray(), series.Interval.Length));
        }
        var request = PlanningRequest.Create(calendar.Market, date, asOf, histories, options.Llm.MaxScenarios);
        if (request.Instruments.All(h => h.Bars.Count == 0))
            throw new ArgumentException($"none of the data has a bar before {date:yyyy-MM-dd}; pick a later --date");

        var runtime = await LlmRuntime.CreateAsync(options, store, clock, cache, cancellationToken).ConfigureAwait(false);
        var name = planner ?? runtime.DefaultPlanner;
        var desk = new PlaybookDesk(runtime.Planner(name), runtime.Playbooks, clock, new PlaybookDeskOptions(options.Llm.PlaybookTimeout, options.Llm.MaxScenarios));
        var plan = await desk.PrepareAsync(request, cancellationToken).ConfigureAwait(false);
        return (plan, name, request);
    }
}
