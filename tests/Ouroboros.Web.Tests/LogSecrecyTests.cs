using System.Net.Http.Json;
using Microsoft.Extensions.Logging;
using Ouroboros.Hosting.Configuration;
using Ouroboros.Storage.Sqlite;
using Ouroboros.Web.Security;

namespace Ouroboros.Web.Tests;

/// <summary>The token reaches no log line, at any level, whether it is right, wrong or sent in the address.</summary>
[Collection(JournalCollection.Name)]
public sealed class LogSecrecyTests(JournalFixture journal)
{
    [Fact]
    public async Task The_token_appears_in_no_log_line_while_refused_and_accepted_requests_are_logged()
    {
        var logs = new CapturedLogs();
        var options = OuroborosOptions.Defaults with { Web = new WebOptions("127.0.0.1", 0, RunningServer.Token) };
        await using var app = WebServer.Build(new WebServerSetup(options, new SqliteStoreOptions { Path = journal.Journal }, AccessToken.Of(RunningServer.Token))
        {
            Logging = b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(logs),
        });
        await app.StartAsync();
        var address = WebServer.Addresses(app)[0];
        using var handler = new HttpClientHandler { AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { BaseAddress = address };
        const string wrong = "wrong-token-but-also-secret-0123456789";

        (await client.GetAsync($"/api/status?token={RunningServer.Token}")).Dispose();
        (await client.GetAsync($"/api/status?token={wrong}")).Dispose();
        using (var request = new HttpRequestMessage(HttpMethod.Get, "/api/runs"))
        {
            request.Headers.Authorization = new("Bearer", wrong);
            (await client.SendAsync(request)).Dispose();
        }
        using (var request = new HttpRequestMessage(HttpMethod.Post, "/api/trading-states/resume") { Content = JsonContent.Create(new { market = "KRX", reason = "log check" }) })
        {
            request.Headers.Authorization = new("Bearer", RunningServer.Token);
            (await client.SendAsync(request)).Dispose();
        }
        await app.StopAsync();

        logs.Lines.ShouldNotBeEmpty();
        logs.Lines.ShouldContain(l => l.Contains("Refused GET /api/runs", StringComparison.Ordinal));
        logs.Lines.ShouldAllBe(l => !l.Contains(RunningServer.Token, StringComparison.Ordinal) && !l.Contains(wrong, StringComparison.Ordinal));
    }
}
