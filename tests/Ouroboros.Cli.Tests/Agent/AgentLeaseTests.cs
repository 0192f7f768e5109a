using System.Text.Json;

namespace Ouroboros.Cli.Tests.Agent;

/// <summary>One account, one agent: a second `run` on it is refused while the first runs; `status` shows the first.</summary>
public sealed class AgentLeaseTests
{
    private static readonly TimeSpan StartUp = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task A_second_agent_on_the_same_account_is_refused_naming_the_running_one_which_status_shows()
    {
        using var replay = new SmallReplay(rows: 60);
        using var first = BackgroundAgent.Start(replay.Run("--strategy", "sma-cross", "--speed", "20000"));

        var agent = (await Eventually.HoldsAsync(() => AgentCli.RunningAsync(replay), r => r.Count == 1 && HasBar(r[0]), StartUp, "the first agent's heartbeat")).Single();
        var second = await AgentCli.RunAsync(replay.Run("--strategy", "sma-cross", "--speed", "20000"));

        second.ExitCode.ShouldBe(2, second.Stderr);
        second.Stderr.ShouldStartWith("error: ");
        second.Stderr.ShouldContain($"pid {first.Pid}");
        second.Stderr.ShouldContain("paper:krx");
        second.Stdout.ShouldNotContain("Ouroboros agent:");

        // The same account under the seeds' market name is the same account.
        var third = await AgentCli.RunAsync(replay.Run("--strategy", "sma-cross", "--speed", "20000"), new Dictionary<string, string> { ["ENABLED_MARKETS"] = "KR" });
        third.ExitCode.ShouldBe(2, third.Stderr);
        third.Stderr.ShouldContain($"pid {first.Pid}");

        var beat = agent.GetProperty("Heartbeat");
        beat.GetProperty("ProcessId").GetInt32().ShouldBe(first.Pid);
        beat.GetProperty("Mode").GetString().ShouldBe("PAPER");
        beat.GetProperty("Broker").GetString().ShouldBe("paper");
        beat.GetProperty("Markets").EnumerateArray().Select(m => m.GetString()).ShouldBe(["KRX"]);
        agent.GetProperty("Alive").GetBoolean().ShouldBeTrue();
        var status = agent.GetProperty("Status");
        status.GetProperty("TradingState").GetString().ShouldBe("ACTIVE");
        status.GetProperty("WorkingOrders").ValueKind.ShouldBe(JsonValueKind.Number);
        status.GetProperty("Positions").ValueKind.ShouldBe(JsonValueKind.Object);
        status.GetProperty("DayPnl").ValueKind.ShouldBe(JsonValueKind.Number);

        var text = await AgentCli.RunAsync(replay.On("status"));
        text.Stdout.ShouldContain($"pid {first.Pid}, PAPER on paper (paper:krx), markets KRX, heartbeat ");
        text.Stdout.ShouldContain("state ACTIVE; last bar ");
        text.Stdout.ShouldContain("open orders");
        text.Stdout.ShouldContain("today's P&L");
        text.Stdout.ShouldContain("positions ");
    }

    private static bool HasBar(JsonElement agent) =>
        agent.GetProperty("Status") is { ValueKind: JsonValueKind.Object } s && s.GetProperty("LastBarTime").ValueKind == JsonValueKind.String;
}
