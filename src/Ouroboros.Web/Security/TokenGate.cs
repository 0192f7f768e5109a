using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.Extensions.Logging;

namespace Ouroboros.Web.Security;

/// <summary>
/// Lets a request through only with the token: <c>Authorization: Bearer</c>, or the session cookie that opening the
/// printed <c>?token=</c> address sets (the address then redirects to itself without the token, so it leaves the
/// address bar and the history). A state-changing request that relies on the cookie must also carry
/// <see cref="CsrfHeader"/> and, when the browser sends an Origin, come from this server's own origin: a page on
/// another site can make a browser send the cookie, but not a custom header without a CORS grant, which this server
/// never gives. Health and readiness stay open for probes; they tell nothing about the account.
/// </summary>
public sealed partial class TokenGate(RequestDelegate next, AccessToken token, ILogger<TokenGate> logger)
{
    public const string CookieName = "ouroboros_session";
    public const string CsrfHeader = "X-Ouroboros-Csrf";

    /// <summary>Who made a request, for the journal: set on every request the gate lets through.</summary>
    public const string ActorItem = "ouroboros.actor";

    private static readonly string[] OpenPaths = ["/health", "/ready"];

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        if (OpenPaths.Any(p => request.Path.Equals(p, StringComparison.OrdinalIgnoreCase)))
        {
            await next(context).ConfigureAwait(false);
            return;
        }
        var from = context.Connection.RemoteIpAddress?.ToString() ?? "unknown address";
        if (request.Query.TryGetValue("token", out var offered))
        {
            if (!token.Matches(offered.ToString()))
            {
                LogRefused(logger, request.Method, request.Path, from, "a wrong token in the address");
                await Problems.WriteAsync(context, StatusCodes.Status401Unauthorized, "Wrong token",
                    "the token in the address is not this server's; use the address the server printed at start").ConfigureAwait(false);
                return;
            }
            context.Response.Cookies.Append(CookieName, token.SessionCookieValue, new CookieOptions
            {
                HttpOnly = true, SameSite = SameSiteMode.Strict, Secure = request.IsHttps, Path = "/", IsEssential = true,
            });
            context.Response.Redirect(WithoutToken(request), permanent: false);
            return;
        }
        if (Bearer(request) is { } bearer)
        {
            if (token.Matches(bearer))
            {
                context.Items[ActorItem] = $"web (bearer token) from {from}";
                await next(context).ConfigureAwait(false);
                return;
            }
            LogRefused(logger, request.Method, request.Path, from, "a wrong bearer token");
            await Unauthorized(context, "the bearer token is not this server's").ConfigureAwait(false);
            return;
        }
        if (request.Cookies.TryGetValue(CookieName, out var cookie) && token.MatchesCookie(cookie))
        {
            if (!IsSafe(request.Method) && CrossSiteProblem(request) is { } problem)
            {
                LogRefused(logger, request.Method, request.Path, from, problem);
                await Problems.WriteAsync(context, StatusCodes.Status403Forbidden, "Cross-site request refused", problem).ConfigureAwait(false);
                return;
            }
            context.Items[ActorItem] = $"web (browser session) from {from}";
            await next(context).ConfigureAwait(false);
            return;
        }
        LogRefused(logger, request.Method, request.Path, from, "no token");
        await Unauthorized(context, "this needs the access token: send «Authorization: Bearer <token>» or open the address the server printed at start (…/?token=…)").ConfigureAwait(false);
    }

    private static Task Unauthorized(HttpContext context, string detail)
    {
        context.Response.Headers.WWWAuthenticate = "Bearer";
        return Problems.WriteAsync(context, StatusCodes.Status401Unauthorized, "Token needed", detail);
    }

    private static string? Bearer(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
    }

    private static bool IsSafe(string method) => HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method);

    private static string? CrossSiteProblem(HttpRequest request)
    {
        if (string.IsNullOrEmpty(request.Headers[CsrfHeader]))
            return $"a change made with the browser session must carry the header {CsrfHeader}: 1 (or use «Authorization: Bearer <token>»)";
        var origin = request.Headers.Origin.ToString();
        var own = $"{request.Scheme}://{request.Host}";
        return origin.Length == 0 || string.Equals(origin, own, StringComparison.OrdinalIgnoreCase)
            ? null
            : $"the request came from {origin}, not from this server ({own})";
    }

    private static string WithoutToken(HttpRequest request)
    {
        var query = new QueryBuilder(request.Query.Where(q => q.Key != "token").SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string>(q.Key, v ?? ""))));
        return $"{request.PathBase}{request.Path}{query.ToQueryString()}";
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused {Method} {Path} from {From}: {Why}")]
    private static partial void LogRefused(ILogger logger, string method, string path, string from, string why);
}
