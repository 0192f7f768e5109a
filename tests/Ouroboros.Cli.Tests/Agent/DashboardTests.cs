using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text.Json;

namespace Ouroboros.Cli.Tests.Agent;

/// <summary>`run` serves the dashboard's REST API over its own journal while it trades, behind the token it prints.</summary>
public sealed class DashboardTests
{
    [Fact]
    public async Task Run_serves_the_api_of_its_own_journal_behind_the_token_it_prints_while_the_agent_trades()
    {
        using var replay = new SmallReplay(rows: 120);
        var port = FreePort();
        using var agent = BackgroundAgent.Start(replay.Run("--speed", "86400"), new Dictionary<string, string>
        {
            ["OUROBOROS_AGENT__DASHBOARD"] = "true", ["OUROBOROS_WEB__PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        var line = await Eventually.HoldsAsync(() => Task.FromResult(agent.Stdout.Split('\n').FirstOrDefault(l => l.Contains("dashboard", StringComparison.Ordinal))),
            l => l is not null, TimeSpan.FromSeconds(60), "the dashboard line");
        line!.ShouldContain($"http://127.0.0.1:{port}/");
        var token = line![(line!.IndexOf("?token=", StringComparison.Ordinal) + 7)..].Split(' ', ')')[0];
        token.Length.ShouldBeGreaterThanOrEqualTo(16);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(20) };

        (await http.GetAsync("api/status")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "no token, no answer");
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var status = await Eventually.HoldsAsync(async () => await http.GetStringAsync("api/status"),
            s => s.Contains("ag-", StringComparison.Ordinal), TimeSpan.FromSeconds(60), "the agent's session in the API");
        using (var doc = JsonDocument.Parse(status)) doc.RootElement.ValueKind.ShouldBe(JsonValueKind.Object);

        await agent.TerminateAsync();
        (await agent.ExitCodeAsync(TimeSpan.FromSeconds(30))).ShouldBe(130, agent.Stderr);
        agent.Stderr.ShouldNotContain(token);
        await Should.ThrowAsync<HttpRequestException>(() => http.GetAsync("api/status"), "the dashboard stops with the agent");
    }

    [Fact]
    public async Task A_dashboard_port_in_use_is_said_on_the_banner_and_the_agent_trades_without_it()
    {
        using var replay = new SmallReplay(rows: 10);
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var result = await AgentCli.RunAsync(replay.Run(), new Dictionary<string, string>
        {
            ["OUROBOROS_AGENT__DASHBOARD"] = "true", ["OUROBOROS_WEB__PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        result.ExitCode.ShouldBe(0, result.Stderr);
        result.Stdout.ShouldContain($"dashboard  not started: cannot listen on 127.0.0.1:{port}");
        result.Stdout.ShouldContain("finished");
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
