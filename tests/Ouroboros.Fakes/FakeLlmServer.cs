using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Ouroboros.Fakes;

/// <summary>
/// A loopback Kestrel server that speaks OpenAI, Anthropic and Gemini at once (see README). Scripted replies are
/// served first in, first out; then <see cref="DefaultResponder"/> answers. Every request is recorded.
/// </summary>
public sealed class FakeLlmServer : IAsyncDisposable
{
    /// <summary>A decision the parser accepts as HOLD.</summary>
    public const string DefaultDecision = "{\"action\":\"HOLD\",\"confidence\":50,\"rationale\":\"fake server default\"}";

    private readonly ConcurrentQueue<FakeLlmReply> script = new();
    private readonly ConcurrentQueue<FakeLlmRequest> requests = new();
    private WebApplication? app;

    private FakeLlmServer()
    {
    }

    /// <summary>e.g. <c>http://127.0.0.1:50123</c>, no trailing slash.</summary>
    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>For the OpenAI SDK, whose endpoint includes the <c>/v1</c> prefix.</summary>
    public string OpenAiBaseUrl => BaseUrl + "/v1";

    /// <summary>For the Anthropic SDK, which appends <c>/v1/messages</c> itself.</summary>
    public string AnthropicBaseUrl => BaseUrl;

    /// <summary>For Gemini, which appends <c>/v1beta/models/...</c>.</summary>
    public string GeminiBaseUrl => BaseUrl;

    /// <summary>Answers when nothing is scripted.</summary>
    public Func<FakeLlmRequest, FakeLlmReply> DefaultResponder { get; set; } = _ => FakeLlmReply.Success(DefaultDecision);

    /// <summary>When false, requests without credentials are served like any other.</summary>
    public bool RequireAuth { get; set; } = true;

    public IReadOnlyList<FakeLlmRequest> Requests => [.. requests];

    public static async Task<FakeLlmServer> StartAsync(CancellationToken cancellationToken = default)
    {
        var server = new FakeLlmServer();
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.Run(server.HandleAsync);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = address.TrimEnd('/');
        server.app = app;
        return server;
    }

    public void Enqueue(params FakeLlmReply[] replies)
    {
        foreach (var r in replies)
            script.Enqueue(r);
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? string.Empty;
        var (format, pathModel) = Route(context.Request.Method, path);
        if (format is null)
        {
            context.Response.StatusCode = 404;
            return;
        }
        string body;
        using (var reader = new StreamReader(context.Request.Body, Encoding.UTF8))
            body = await reader.ReadToEndAsync(context.RequestAborted);
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var (model, system, user, schema) = FakeLlmRequestReader.Read(format.Value, body, pathModel);
        var request = new FakeLlmRequest(format.Value, context.Request.Method, path, model, headers, body, system, user, schema);
        requests.Enqueue(request);

        if (RequireAuth && !Authorized(format.Value, context.Request))
        {
            await WriteAsync(context, Unauthorized(format.Value));
            return;
        }
        var reply = script.TryDequeue(out var scripted) ? scripted : DefaultResponder(request);
        if (reply.Kind == FakeLlmReplyKind.Hang)
        {
            var delay = reply.Delay is { } d && d < FakeLlmReply.MaxHang ? d : FakeLlmReply.MaxHang;
            try
            {
                await Task.Delay(delay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            reply = DefaultResponder(request);
        }
        await WriteAsync(context, Answer(format.Value, reply, model));
    }

    private static (FakeLlmFormat? Format, string? Model) Route(string method, string path)
    {
        if (!HttpMethods.IsPost(method))
            return (null, null);
        if (path.EndsWith("/chat/completions", StringComparison.Ordinal))
            return (FakeLlmFormat.OpenAi, null);
        if (path == "/v1/messages")
            return (FakeLlmFormat.Anthropic, null);
        const string prefix = "/v1beta/models/", suffix = ":generateContent";
        if (path.StartsWith(prefix, StringComparison.Ordinal) && path.EndsWith(suffix, StringComparison.Ordinal) && path.Length > prefix.Length + suffix.Length)
            return (FakeLlmFormat.Gemini, Uri.UnescapeDataString(path[prefix.Length..^suffix.Length]));
        return (null, null);
    }

    private static bool Authorized(FakeLlmFormat format, HttpRequest request) => format switch
    {
        FakeLlmFormat.OpenAi => HasBearer(request),
        // The REST docs name x-api-key; the official C# SDK 13.x sends the key as a Bearer token instead.
        FakeLlmFormat.Anthropic => (!string.IsNullOrEmpty(request.Headers["x-api-key"].ToString()) || HasBearer(request))
            && !string.IsNullOrEmpty(request.Headers["anthropic-version"].ToString()),
        _ => !string.IsNullOrEmpty(request.Headers["x-goog-api-key"].ToString()) || !string.IsNullOrEmpty(request.Query["key"].ToString()),
    };

    private static bool HasBearer(HttpRequest request) =>
        request.Headers.Authorization.ToString() is { } a && a.StartsWith("Bearer ", StringComparison.Ordinal) && a.Length > "Bearer ".Length;

    private static FakeHttpAnswer Unauthorized(FakeLlmFormat format) => format switch
    {
        FakeLlmFormat.OpenAi => OpenAiFakeWire.Unauthorized(),
        FakeLlmFormat.Anthropic => AnthropicFakeWire.Unauthorized(),
        _ => GeminiFakeWire.Unauthorized(),
    };

    private static FakeHttpAnswer Answer(FakeLlmFormat format, FakeLlmReply reply, string? model) => reply.Kind switch
    {
        FakeLlmReplyKind.EmptyBody => new FakeHttpAnswer(200, string.Empty),
        FakeLlmReplyKind.MalformedBody => new FakeHttpAnswer(200, "{\"id\":\"oops\",\"choices\":[{\"message\": <html>not json"),
        FakeLlmReplyKind.Raw => new FakeHttpAnswer(reply.Status ?? 200, reply.Text ?? string.Empty),
        _ => format switch
        {
            FakeLlmFormat.OpenAi => OpenAiFakeWire.Write(reply, model),
            FakeLlmFormat.Anthropic => AnthropicFakeWire.Write(reply, model),
            _ => GeminiFakeWire.Write(reply, model),
        },
    };

    private static async Task WriteAsync(HttpContext context, FakeHttpAnswer answer)
    {
        context.Response.StatusCode = answer.Status;
        context.Response.ContentType = "application/json";
        foreach (var (name, value) in answer.Headers ?? new Dictionary<string, string>())
            context.Response.Headers[name] = value;
        if (answer.Body.Length > 0)
            await context.Response.WriteAsync(answer.Body, context.RequestAborted);
    }

    public async ValueTask DisposeAsync()
    {
        if (app is null)
            return;
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await app.StopAsync(stop.Token);
        }
        catch (OperationCanceledException)
        {
            // Hanging requests are cut off; that is what stopping means here.
        }
        await app.DisposeAsync();
        app = null;
    }
}
