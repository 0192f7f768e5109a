using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Ouroboros.Application;
using Ouroboros.Application.Agents;
using Ouroboros.Application.Markets;
using Ouroboros.Application.Operations;
using Ouroboros.Domain.Calendars;

namespace Ouroboros.Web.Api;

/// <summary>Health, readiness, the status overview and the market calendars.</summary>
public static class StatusEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/health", () => Results.Ok(new { Status = "ok" })).WithSummary("The server answers.");
        app.MapGet("/ready", async (IJournal journal, CancellationToken ct) =>
        {
            // Ready means the journal opens and answers a query; a failure becomes a 503 problem (ErrorResponses).
            await (await journal.TradingStatesAsync(ct).ConfigureAwait(false)).LoadStatesAsync(ct).ConfigureAwait(false);
            return Results.Ok(new { Status = "ready", Journal = journal.Name });
        }).WithSummary("The journal opens and answers.");

        var api = app.MapGroup("/api");
        api.MapGet("/status", async (AgentStatusQuery agents, TradingStateOperations states, MarketStatus markets, string? sessions, CancellationToken ct) =>
        {
            var count = Query.Whole(sessions, "sessions", "5") ?? 5;
            if (count is < 1 or > 100) throw new Core.Errors.InvalidInputException("sessions", "«sessions» must be from 1 to 100");
            var report = await agents.ExecuteAsync(count, ct).ConfigureAwait(false);
            var trading = await states.StatusAsync(ct).ConfigureAwait(false);
            var now = markets.Execute(new MarketStatusRequest());
            return Results.Ok(new
            {
                Agents = report.Running.Select(r => new
                {
                    r.Heartbeat.SessionId, r.Heartbeat.Account, r.Heartbeat.Mode, r.Heartbeat.Broker, r.Heartbeat.Markets,
                    Heartbeat = r.Heartbeat.At, HeartbeatAgeSeconds = r.Age.TotalSeconds, r.Alive, r.Status,
                }),
                Sessions = report.Sessions.Select(Sessions.View),
                MarketsOpen = now.Markets.Where(m => m.Open).Select(m => m.Market),
                Markets = now.Markets,
                TradingStates = trading.States.Select(TradingStates.View),
                At = now.At,
            });
        }).WithSummary("Agents with their heartbeat, latest sessions, markets open now and the trading state of each scope.");

        api.MapGet("/markets", (MarketStatus markets, string? at, string? market) =>
        {
            var names = string.IsNullOrWhiteSpace(market) ? null : market.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            return Results.Ok(markets.Execute(new MarketStatusRequest(Query.Instant(at, "at"), names)));
        }).WithSummary("Each market's session at an instant (default now), its next open and close, holidays.");

        api.MapGet("/calendars", (string? market) => Results.Ok(MarketCalendars.All
            .Where(c => Query.Keeps(market, c.Market))
            .Select(c => new
            {
                c.Market, c.Country, TimeZone = c.TimeZone.Id, c.IsAroundTheClock, c.HolidayCoverageStart, c.HolidayCoverageEnd,
                Holidays = c.Holidays.Select(h => new { h.Date, h.Name, h.IsProvisional }),
            })))
            .WithSummary("The market calendars: time zone, holiday table coverage and holidays.");
    }
}
