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

        var beat = agent.GetProperty("heartbeat");
        beat.GetProperty("process_id").GetInt32().ShouldBe(first.Pid);
        beat.GetProperty("mode").GetString().ShouldBe("PAPER");
        beat.GetProperty("broker").GetString().ShouldBe("paper");
        beat.GetProperty("markets").EnumerateArray().Select(m => m.GetString()).ShouldBe(["KRX"]);
        agent.GetProperty("alive").GetBoolean().ShouldBeTrue();
        var status = agent.GetProperty("status");
        status.GetProperty("trading_state").GetString().ShouldBe("ACTIVE");
        status.GetProperty("working_orders").ValueKind.ShouldBe(JsonValueKind.Number);
        status.GetProperty("positions").ValueKind.ShouldBe(JsonValueKind.Object);
        status.GetProperty("day_pnl").ValueKind.ShouldBe(JsonValueKind.Number);

        var text = await AgentCli.RunAsync(replay.On("status"));
        text.Stdout.ShouldContain($"pid {first.Pid}, PAPER on paper (paper:krx), markets KRX, heartbeat ");
        text.Stdout.ShouldContain("state ACTIVE; last bar ");
        text.Stdout.ShouldContain("open orders");
        text.Stdout.ShouldContain("today's P&L");
        text.Stdout.ShouldContain("positions ");
    }

    private static bool HasBar(JsonElement agent) =>
        agent.GetProperty("status") is { ValueKind: JsonValueKind.Object } s && s.GetProperty("last_bar_time").ValueKind == JsonValueKind.String;
}
