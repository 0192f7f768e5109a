using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Ouroboros.Application.Operations;
using Ouroboros.Core.Errors;
using Ouroboros.Web.Security;

namespace Ouroboros.Web.Api;

/// <summary>
/// Trading states and the operator's controls. Halt, resume and kill go through the same use case as
/// <c>ouroboros risk</c>, which journals the transition with who did it (the token's holder and the address it came
/// from) and why; a running agent picks the change up from the journal. Controls are rate-limited.
/// </summary>
public static class ControlEndpoints
{
    public const string RateLimitPolicy = "control";

    public static void Map(IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var api = app.MapGroup("/api/trading-states");
        api.MapGet("/", async (TradingStateOperations ops, CancellationToken ct) =>
        {
            var status = await ops.StatusAsync(ct).ConfigureAwait(false);
            return Results.Ok(new
            {
                States = status.States.Select(TradingStates.View),
                Limits = status.Limits.Select(l => new { l.Limit.Key, l.Limit.Hard, InEffect = l.InEffect, Tightened = l.InEffect != l.Limit.Hard, l.Limit.Description }),
            });
        }).WithSummary("Each scope's trading state (ACTIVE, REDUCING, HALTED, killed) and every risk limit in effect.");

        api.MapGet("/history", async (TradingStateOperations ops, string? scope, string? limit, string? offset, CancellationToken ct) =>
        {
            var page = Query.Page(limit, offset);
            var history = await ops.HistoryAsync(new TradingStateHistoryRequest(scope, page.Reach), ct).ConfigureAwait(false);
            return Results.Ok(page.Of([.. history.Transitions.Select(TradingStates.View)]));
        }).WithSummary("Trading state transitions, newest first, with who made them and why; filter: scope (account or a market).");

        api.MapPost("/halt", async (HttpContext http, TradingStateOperations ops, CancellationToken ct) =>
        {
            var body = await BodyAsync(http, ct).ConfigureAwait(false);
            return Answer(await ops.HaltAsync(new ChangeTradingStateRequest(body.Market, body.Reason!, Actor(http)), ct).ConfigureAwait(false));
        }).Accepts<ControlRequest>("application/json").RequireRateLimiting(RateLimitPolicy)
            .WithSummary("Halt the account or one market: no new entries until resumed. Needs the token.");

        api.MapPost("/resume", async (HttpContext http, TradingStateOperations ops, CancellationToken ct) =>
        {
            var body = await BodyAsync(http, ct).ConfigureAwait(false);
            return Answer(await ops.ResumeAsync(new ChangeTradingStateRequest(body.Market, body.Reason!, Actor(http)), ct).ConfigureAwait(false));
        }).Accepts<ControlRequest>("application/json").RequireRateLimiting(RateLimitPolicy)
            .WithSummary("Return the account or one market to ACTIVE. Needs the token.");

        api.MapPost("/kill", async (HttpContext http, TradingStateOperations ops, CancellationToken ct) =>
        {
            var body = await BodyAsync(http, ct).ConfigureAwait(false);
            return Answer(await ops.KillAsync(new KillRequest(body.Reason!, Actor(http)), ct).ConfigureAwait(false));
        }).Accepts<ControlRequest>("application/json").RequireRateLimiting(RateLimitPolicy)
            .WithSummary("Kill switch: the account goes HALTED and killed; every order is denied until resumed. Needs the token.");
    }

    private static IResult Answer(TradingStateChange change) => Results.Ok(new
    {
        Changed = change.Transition is not null,
        Before = TradingStates.Name(change.Before.State),
        Transition = change.Transition is { } t ? TradingStates.View(t) : null,
    });

    private static string Actor(HttpContext http) => http.Items[TokenGate.ActorItem] as string ?? "web";

    private static async Task<ControlRequest> BodyAsync(HttpContext http, CancellationToken ct)
    {
        try
        {
            return await http.Request.ReadFromJsonAsync<ControlRequest>(ct).ConfigureAwait(false)
                ?? throw new InvalidInputException("body", "the body must be a JSON object such as {\"market\": \"KRX\", \"reason\": \"exchange outage\"}");
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or BadHttpRequestException)
        {
            throw new InvalidInputException("body", "the body must be a JSON object such as {\"market\": \"KRX\", \"reason\": \"exchange outage\"} sent as application/json", e);
        }
    }
}
