using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Ouroboros.Hosting.Configuration;
using Ouroboros.Storage.Sqlite;
using Ouroboros.Web.Security;

namespace Ouroboros.Web.Tests;

/// <summary>
/// The real web server (Kestrel) on a free loopback port over a journal, with clients that send the token, none, or
/// a wrong one. Every response body and header the clients saw is kept, so a test can check the token is in none.
/// </summary>
public sealed class RunningServer : IAsyncDisposable
{
    public const string Token = "test-token-0123456789-abcdefghij";

    private readonly WebApplication _app;

    private RunningServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }
    public IServiceProvider Services => _app.Services;
    public WebApplication App => _app;

    public static async Task<RunningServer> StartAsync(string journal, int controlPermitsPerMinute = 1000)
    {
        var options = OuroborosOptions.Defaults with { Web = new WebOptions("127.0.0.1", 0, Token) };
        var app = WebServer.Build(new WebServerSetup(options, new SqliteStoreOptions { Path = journal }, AccessToken.Of(Token))
        {
            ControlPermitsPerMinute = controlPermitsPerMinute,
        });
        await app.StartAsync();
        return new RunningServer(app, WebServer.Addresses(app)[0]);
    }

    /// <summary>A client that sends <paramref name="bearer"/> (none when null) and follows no redirect, so a test sees each answer.</summary>
    public HttpClient Client(string? bearer = Token, System.Net.CookieContainer? cookies = null)
    {
        var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = cookies is not null, CookieContainer = cookies ?? new() };
        var client = new HttpClient(handler) { BaseAddress = Address, Timeout = TimeSpan.FromMinutes(2) };
        if (bearer is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

