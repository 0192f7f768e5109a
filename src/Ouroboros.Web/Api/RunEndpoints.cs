using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Ouroboros.Application.Runs;
using Ouroboros.Core.Errors;
using Ouroboros.Core.Journal;

namespace Ouroboros.Web.Api;

/// <summary>
/// Stored runs (backtests, paper and live runs): list, show, report, and their trades, decisions and risk events.
/// Trades, decisions and risk events are of <c>run</c>, or of the newest run when none is named.
/// </summary>
public static class RunEndpoints
{
    /// <summary>How many runs a filtered listing reads; a journal keeps far fewer than this in practice.</summary>
    private const int ListReach = 10_000;

    public static void Map(IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var api = app.MapGroup("/api");
        api.MapGet("/runs", async (RunQueries runs, string? kind, string? strategy, string? limit, string? offset, CancellationToken ct) =>
        {
            var page = Query.Page(limit, offset);
            var all = await runs.ListAsync(ListReach, ct).ConfigureAwait(false);
            return Results.Ok(page.Of([.. all.Where(r => Query.Keeps(kind, r.Kind) && Query.Keeps(strategy, r.Strategy))]));
        }).WithSummary("Stored runs, newest first, with their metrics; filters: kind, strategy.");

        api.MapGet("/runs/{id}", async (RunQueries runs, string id, CancellationToken ct) =>
        {
            var run = await runs.ShowAsync(id, ct).ConfigureAwait(false);
            return Results.Ok(new
            {
                run.Summary, run.Parameters, Orders = run.Orders.Count, Fills = run.Fills.Count, Trades = run.Trades.Count, EquityPoints = run.Equity.Count,
                RiskDecisions = run.RiskDecisions.Count, RiskEvents = run.RiskEvents?.Count ?? 0,
            });
        }).WithSummary("One run: its summary, parameters and how many orders, fills, trades and decisions it stored.");

        api.MapGet("/runs/{id}/report", async (RunQueries runs, string id, CancellationToken ct) =>
            Results.Content(RunReportPage.Render(await runs.ShowAsync(id, ct).ConfigureAwait(false)), "text/html; charset=utf-8"))
            .WithSummary("One run as an HTML page: metrics, trades, risk decisions.");

        api.MapGet("/trades", async (RunQueries runs, string? run, string? instrument, string? limit, string? offset, CancellationToken ct) =>
        {
            var page = Query.Page(limit, offset);
            var record = await RunAsync(runs, run, ct).ConfigureAwait(false);
            return Results.Ok(page.Of([.. record.Trades.Where(t => Query.Keeps(instrument, t.Instrument.Value))]));
        }).WithSummary("Closed trades of a run (default: the newest), oldest first; filter: instrument.");

        api.MapGet("/decisions", async (RunQueries runs, string? run, string? instrument, string? approved, string? gate, string? limit, string? offset, CancellationToken ct) =>
        {
            var page = Query.Page(limit, offset);
            var only = Query.Flag(approved, "approved");
            var record = await RunAsync(runs, run, ct).ConfigureAwait(false);
            return Results.Ok(page.Of([.. record.RiskDecisions.Where(d => Query.Keeps(instrument, d.Instrument.Value)
                && (only is null || d.Approved == only) && Query.Keeps(gate, d.Gate))]));
        }).WithSummary("Risk decisions of a run (every intent, approved or denied with the gate and figures); filters: instrument, approved, gate.");

        api.MapGet("/risk-events", async (RunQueries runs, string? run, string? kind, string? scope, string? limit, string? offset, CancellationToken ct) =>
        {
            var page = Query.Page(limit, offset);
            var record = await RunAsync(runs, run, ct).ConfigureAwait(false);
            return Results.Ok(page.Of([.. (record.RiskEvents ?? []).Where(e => Query.Keeps(kind, e.Kind.ToString()) && Query.Keeps(scope, e.Scope))]));
        }).WithSummary("Risk events of a run (state changes, alerts, exit signals) with their figures; filters: kind, scope.");

        api.MapGet("/performance", async (RunQueries runs, string? kind, string? strategy, string? limit, string? offset, CancellationToken ct) =>
        {
            var page = Query.Page(limit, offset);
            var all = await runs.ListAsync(ListReach, ct).ConfigureAwait(false);
            var rows = all.Where(r => Query.Keeps(kind, r.Kind) && Query.Keeps(strategy, r.Strategy))
                .Select(r => new { r.Id, r.Kind, r.Strategy, r.DataSources, r.From, r.To, r.RiskEnabled, r.Metrics }).ToList();
            return Results.Ok(page.Of(rows));
        }).WithSummary("Performance metrics per run (return, drawdown, Sharpe, ...), newest first; filters: kind, strategy.");
    }

    private static async Task<RunRecord> RunAsync(RunQueries runs, string? id, CancellationToken ct)
    {
        if (id is not null) return await runs.ShowAsync(id, ct).ConfigureAwait(false);
        var newest = await runs.ListAsync(1, ct).ConfigureAwait(false);
        return newest.Count > 0 ? await runs.ShowAsync(newest[0].Id.Value, ct).ConfigureAwait(false)
            : throw new NotFoundException("run", "no run is stored in this journal yet; run a backtest first");
    }
}
