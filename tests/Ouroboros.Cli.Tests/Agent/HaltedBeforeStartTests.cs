namespace Ouroboros.Cli.Tests.Agent;

/// <summary>A state an operator set while no agent ran holds when one starts: a start never resumes trading.</summary>
public sealed class HaltedBeforeStartTests
{
    [Theory]
    [InlineData("kill")]
    [InlineData("halt")]
    public async Task An_account_stopped_before_the_agent_starts_trades_nothing(string command)
    {
        using var replay = new SmallReplay(rows: 60);
        var stop = await AgentCli.RunAsync(replay.On("risk", command, "--reason", "before start"));
        stop.ExitCode.ShouldBe(0, stop.Stderr);

        var summary = AgentCli.Summary(await AgentCli.RunAsync(replay.Run("--strategy", "sma-cross", "--param", "fast=2", "--param", "slow=3", "--json")));

        summary.GetProperty("fills").GetInt32().ShouldBe(0);
        summary.GetProperty("risk_denials").GetInt32().ShouldBeGreaterThan(0);
        summary.GetProperty("risk_denials").GetInt32().ShouldBe(summary.GetProperty("orders").GetInt32());
    }

    [Fact]
    public async Task Status_says_so_when_no_agent_runs_on_the_journal()
    {
        using var replay = new SmallReplay(rows: 10);

        var status = await AgentCli.RunAsync(replay.On("status"));

        status.ExitCode.ShouldBe(0, status.Stderr);
        status.Stdout.ShouldContain("No agent is running on this journal.");
    }
}
