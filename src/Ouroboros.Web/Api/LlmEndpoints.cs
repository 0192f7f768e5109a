using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Ouroboros.Application.LlmUsage;

namespace Ouroboros.Web.Api;

/// <summary>
/// LLM calls and what they cost, from the call log. The window is whole UTC days: the last <c>days</c> (default 7) or
/// <c>from</c>..<c>to</c>. Costs the provider did not report stay null (unknown), never zero.
/// </summary>
public static class LlmEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var api = app.MapGroup("/api/llm");
        api.MapGet("/calls", async (LlmUsageQuery q, string? days, string? from, string? to, string? task, string? model, string? outcome,
            string? limit, string? offset, CancellationToken ct) =>
        {
            var page = Query.Page(limit, offset);
            var (window, calls) = await q.CallsAsync(Request(days, from, to), ct).ConfigureAwait(false);
            var rows = calls.Where(c => Query.Keeps(task, c.Task) && Query.Keeps(model, c.Model) && Query.Keeps(outcome, c.Outcome))
                .Select(c => new { c.Time, c.Task, c.Provider, c.Model, c.TokensIn, c.TokensOut, c.Cost, c.LatencyMs, c.Outcome, c.CacheHit, c.Error }).ToList();
            return Results.Ok(new { window.FirstDay, window.LastDay, Calls = page.Of(rows) });
        }).WithSummary("Every LLM call attempt in the window, oldest first; filters: task, model, outcome.");

        api.MapGet("/cost", async (LlmUsageQuery q, string? by, string? days, string? from, string? to, string? limit, string? offset, CancellationToken ct) =>
        {
            var page = Query.Page(limit, offset);
            var grouping = Query.Choice(by, "by", LlmCostBreakdown.Keys) ?? "day";
            var (window, calls) = await q.CallsAsync(Request(days, from, to), ct).ConfigureAwait(false);
            return Results.Ok(new { window.FirstDay, window.LastDay, By = grouping, Totals = LlmUsageSummary.Figures.Of(calls), Rows = page.Of(LlmCostBreakdown.Of(calls, grouping)) });
        }).WithSummary("Calls, tokens and cost grouped by day, task or model (by=day|task|model).");
    }

    private static LlmUsageRequest Request(string? days, string? from, string? to) =>
        new(Query.Whole(days, "days", "7"), Query.Day(from, "from"), Query.Day(to, "to"));
}
