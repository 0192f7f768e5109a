using System.Text.Json;

namespace Ouroboros.Cli.Tests.Agent;

/// <summary>The agent and the backtest are one engine: on the same data and settings they trade alike, through the CLI too.</summary>
public sealed class RunBacktestParityTests
{
    [Fact]
    public async Task Backtest_and_run_without_risk_on_the_same_replay_place_the_same_orders_and_end_with_the_same_equity()
    {
        using var replay = new SmallReplay(rows: 60);
        string[] same = ["--strategy", "sma-cross", "--param", "fast=2", "--param", "slow=3", "--cash", "10000000", "--venue", "krx", "--no-risk", "--json"];

        var backtest = await AgentCli.RunAsync(["backtest", "--data", replay.DataDirectory, "--db", replay.File("backtest.db"), .. same]);
        var run = AgentCli.Summary(await AgentCli.RunAsync(replay.Run(same)));

        backtest.ExitCode.ShouldBe(0, backtest.Stderr);
        using var doc = JsonDocument.Parse(backtest.Stdout);
        var b = doc.RootElement;
        b.GetProperty("fills").GetInt32().ShouldBeGreaterThan(0);
        run.GetProperty("orders").GetInt32().ShouldBe(b.GetProperty("orders").GetInt32());
        run.GetProperty("fills").GetInt32().ShouldBe(b.GetProperty("fills").GetInt32());
        run.GetProperty("final_equity").GetDecimal().ShouldBe(b.GetProperty("final_equity").GetDecimal());
        run.GetProperty("risk_denials").GetInt32().ShouldBe(0);
    }
}
