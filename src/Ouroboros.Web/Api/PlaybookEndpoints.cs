using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Ouroboros.Application.Monitoring;
using Ouroboros.Core.Errors;
using Ouroboros.Core.Ports;

namespace Ouroboros.Web.Api;

/// <summary>
/// Playbooks by date and market, the scenarios in force, and the seed's paths (<c>/api/playbook/{date}</c>,
/// <c>/api/scenarios/active</c>, <c>/api/scorecard/{date}</c>, <c>/api/context/{layer}</c>). The playbook itself is
/// returned as stored: it was validated before it was stored and is data, never instructions.
/// </summary>
public static class PlaybookEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var api = app.MapGroup("/api");
        api.MapGet("/playbooks", async (PlaybookQueries q, string? market, string? date, string? status, string? limit, string? offset, CancellationToken ct) =>
        {
            var page = Query.Page(limit, offset);
            var found = await q.ListAsync(market, Query.Day(date, "date"), new PageRequest(PageRequest.MaxLimit), ct).ConfigureAwait(false);
            return Results.Ok(page.Of([.. found.Items.Where(p => Query.Keeps(status, p.Status)).Select(View)]));
        }).WithSummary("Stored playbooks, newest first; filters: market, date, status.");

        api.MapGet("/playbook/{date}", async (PlaybookQueries q, string date, string? market, CancellationToken ct) =>
            Results.Ok((await q.OfDayAsync(Query.Day(date, "date")!.Value, market, ct).ConfigureAwait(false)).Select(View)))
            .WithSummary("The playbooks of one day (every market, or market=...), with their scenarios and match counts.");

        api.MapGet("/scenarios/active", async (PlaybookQueries q, CancellationToken ct) =>
            Results.Ok((await q.ActiveAsync(ct).ConfigureAwait(false)).Select(p => new { p.Date, p.Market, p.Status, p.MatchCount, Scenarios = Scenarios(p) })))
            .WithSummary("Per market, the scenarios of the playbook in force (the newest up to today).");

        api.MapGet("/scorecard/{date}", (string date) =>
        {
            var day = Query.Day(date, "date")!.Value;
            throw new NotFoundException("date", $"no scorecard for {day:yyyy-MM-dd} yet: daily scorecards come with the learning features");
        }).WithSummary("The daily scorecard (not kept yet: answers 404).");

        api.MapGet("/context/{layer}", (string layer) =>
        {
            throw new NotFoundException("layer", $"no context layer '{layer}' yet: the L1-L7 context layers come with the learning features");
        }).WithSummary("A context layer L1-L7 (not kept yet: answers 404).");
    }

    private static object View(PlaybookRecord p) => new
    {
        p.Date, p.Market, p.Status, p.Origin, p.ScenarioCount, p.MatchCount, p.TokenCount, p.CreatedAt, p.Problem, Playbook = Parse(p.Json),
    };

    private static JsonElement? Scenarios(PlaybookRecord p) =>
        Parse(p.Json) is { ValueKind: JsonValueKind.Object } root
            ? root.EnumerateObject().Where(o => o.Name.Equals("scenarios", StringComparison.OrdinalIgnoreCase)).Select(o => (JsonElement?)o.Value).FirstOrDefault()
            : null;

    /// <summary>The stored JSON as JSON; a row that does not parse shows as null rather than failing the whole list.</summary>
    private static JsonElement? Parse(string json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            return doc.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
