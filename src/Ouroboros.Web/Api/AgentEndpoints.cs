using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Ouroboros.Application.Monitoring;
using Ouroboros.Application.Runs;
using Ouroboros.Core.Notifications;

namespace Ouroboros.Web.Api;

/// <summary>
/// The agent's journal: sessions, account, positions, orders, fills, equity and notifications. Orders, fills and
/// equity come from a stored run when <c>run</c> is given, else from <c>session</c> (default: the newest session).
/// </summary>
public static class AgentEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var api = app.MapGroup("/api");
        api.MapGet("/sessions", async (AgentJournalQueries q, string? limit, string? offset, CancellationToken ct) =>
        {
            var page = await q.SessionsAsync(Query.Page(limit, offset), ct).ConfigureAwait(false);
            return Results.Ok(new Page<object>([.. page.Items.Select(Sessions.View)], page.Total, page.Offset, page.Limit));
        }).WithSummary("Agent sessions, newest first.");

        api.MapGet("/account", async (AgentJournalQueries q, string? session, CancellationToken ct) =>
            Results.Ok(await q.AccountAsync(session, ct).ConfigureAwait(false)))
            .WithSummary("Cash, equity and P&L (today, week, month, total) of a session (default: the newest).");

        api.MapGet("/positions", async (AgentJournalQueries q, string? session, string? instrument, CancellationToken ct) =>
        {
            var view = await q.PositionsAsync(session, ct).ConfigureAwait(false);
            return Results.Ok(view with { Positions = view.Positions?.Where(p => Query.Keeps(instrument, p.Instrument)).ToList() });
        }).WithSummary("Positions at the session's last checkpoint; null positions mean unknown (no checkpoint yet).");

        api.MapGet("/orders", async (AgentJournalQueries q, RunQueries runs, string? session, string? run, string? status, string? instrument, string? side,
            string? limit, string? offset, CancellationToken ct) =>
        {
            var page = Query.Page(limit, offset);
            var all = run is not null ? (await runs.ShowAsync(run, ct).ConfigureAwait(false)).Orders : await q.OrdersAsync(session, ct).ConfigureAwait(false);
            return Results.Ok(page.Of([.. all.Where(o => Query.Keeps(status, o.Status.ToString()) && Query.Keeps(instrument, o.Request.Instrument.Value)
                && Query.Keeps(side, o.Request.Side.ToString()))]));
        }).WithSummary("Orders (latest state of each), oldest first; filters: status, instrument, side.");

        api.MapGet("/fills", async (AgentJournalQueries q, RunQueries runs, string? session, string? run, string? instrument, string? side,
            string? limit, string? offset, CancellationToken ct) =>
        {
            var page = Query.Page(limit, offset);
            var all = run is not null ? (await runs.ShowAsync(run, ct).ConfigureAwait(false)).Fills : await q.FillsAsync(session, ct).ConfigureAwait(false);
            return Results.Ok(page.Of([.. all.Where(f => Query.Keeps(instrument, f.Instrument.Value) && Query.Keeps(side, f.Side.ToString()))]));
        }).WithSummary("Fills, oldest first; filters: instrument, side.");

        api.MapGet("/equity", async (AgentJournalQueries q, RunQueries runs, string? session, string? run, string? from, string? to,
            string? limit, string? offset, CancellationToken ct) =>
        {
            var page = Query.Page(limit, offset);
            var (start, end) = (Query.Instant(from, "from"), Query.Instant(to, "to"));
            var all = run is not null ? (await runs.ShowAsync(run, ct).ConfigureAwait(false)).Equity : await q.EquityAsync(session, ct).ConfigureAwait(false);
            return Results.Ok(page.Of([.. all.Where(p => (start is null || p.Time >= start) && (end is null || p.Time <= end))]));
        }).WithSummary("The equity curve (time, equity, cash), oldest first; filters: from, to.");

        api.MapGet("/notifications", async (AgentJournalQueries q, string? session, string? severity, string? kind, string? limit, string? offset, CancellationToken ct) =>
        {
            var page = Query.Page(limit, offset);
            var all = await q.NotificationsAsync(session, page.Reach, ct).ConfigureAwait(false);
            return Results.Ok(page.Of(Filter(all, severity, kind)));
        }).WithSummary("The session's notifications (alerts, orders, fills), newest first; filters: severity, kind.");
    }

    private static List<Notification> Filter(IReadOnlyList<Notification> all, string? severity, string? kind) =>
        [.. all.Where(n => Query.Keeps(severity, n.Severity.ToString()) && Query.Keeps(kind, n.Kind.ToString()))];
}
