using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Ouroboros.Hosting;
using Ouroboros.Hosting.Configuration;
using Ouroboros.Web.Api;
using Ouroboros.Web.Security;

namespace Ouroboros.Web;

/// <summary>
/// The REST API over a journal: the same use cases the CLI calls, composed by <see cref="Composition.AddOuroboros"/>,
/// behind the token gate, with an OpenAPI document at <c>/openapi/v1.json</c>. It listens only where Web:Host and
/// Web:Port say (ASPNETCORE_URLS and the like are overridden), so the bind the operator configured is the bind.
/// </summary>
public static class WebServer
{
    public const string OpenApiPath = "/openapi/v1.json";

    public static WebApplication Build(WebServerSetup setup)
    {
        ArgumentNullException.ThrowIfNull(setup);
        var web = setup.Options.Web;
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(WebServer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.ClearProviders();
        // The framework's request logs carry the address, and an address may carry ?token=; only its warnings pass.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Services.AddOuroboros(setup.Options, setup.Store, setup.Logging);
        if (setup.Clock is { } clock) builder.Services.AddSingleton(clock);
        builder.Services.AddSingleton(setup.Token);
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = c => c.ProblemDetails.Detail ??= DefaultDetail(c.ProblemDetails.Status, c.HttpContext));
        builder.Services.ConfigureHttpJsonOptions(o => Json(o.SerializerOptions));
        builder.Services.AddOpenApi();
        builder.Services.AddRateLimiter(o => RateLimits(o, setup.ControlPermitsPerMinute));
        builder.WebHost.ConfigureKestrel(k => Listen(k, web));

        var app = builder.Build();
        app.UseMiddleware<ErrorResponses>();
        app.UseStatusCodePages();
        app.UseMiddleware<TokenGate>();
        app.UseRateLimiter();
        app.MapOpenApi(OpenApiPath);
        app.MapGet("/", () => Results.Ok(new { Name = "Ouroboros", OpenApi = OpenApiPath, Api = "/api/status" }))
            .WithSummary("Where the API and its OpenAPI document are.");
        StatusEndpoints.Map(app);
        AgentEndpoints.Map(app);
        RunEndpoints.Map(app);
        ControlEndpoints.Map(app);
        LlmEndpoints.Map(app);
        PlaybookEndpoints.Map(app);
        return app;
    }

    /// <summary>The addresses the started server listens on (with the real port when 0 was asked for).</summary>
    public static IReadOnlyList<Uri> Addresses(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var feature = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features.Get<IServerAddressesFeature>();
        return [.. (feature?.Addresses ?? []).Select(a => new Uri(a.Replace("://[::]", "://localhost", StringComparison.Ordinal)))];
    }

    /// <summary>snake_case names and enum names as text, as every `--json` of the CLI prints them; typed ids as strings.</summary>
    public static void Json(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        options.Converters.Add(new TypedIdJsonConverter());
    }

    /// <summary>The framework's own refusals (no route, wrong method, not JSON) get a sentence too.</summary>
    private static string? DefaultDetail(int? status, HttpContext context) => status switch
    {
        StatusCodes.Status404NotFound => $"nothing at {context.Request.Path}; {OpenApiPath} lists every endpoint",
        StatusCodes.Status405MethodNotAllowed => $"{context.Request.Method} is not allowed on {context.Request.Path}; {OpenApiPath} lists each endpoint's methods",
        StatusCodes.Status415UnsupportedMediaType => "send the body as application/json, e.g. {\"market\": \"KRX\", \"reason\": \"exchange outage\"}",
        _ => null,
    };

    private static void Listen(KestrelServerOptions kestrel, WebOptions web)
    {
        if (web.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase)) kestrel.ListenLocalhost(web.Port);
        else kestrel.Listen(IPAddress.Parse(web.Host), web.Port);
    }

    private static void RateLimits(RateLimiterOptions options, int permits)
    {
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.AddPolicy(ControlEndpoints.RateLimitPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        options.OnRejected = (context, _) => new ValueTask(Problems.WriteAsync(context.HttpContext, StatusCodes.Status429TooManyRequests, "Too many requests",
            $"at most {permits} control requests a minute from one address; wait a minute and try again"));
    }
}
