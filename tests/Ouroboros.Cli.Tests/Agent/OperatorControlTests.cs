using System.Text.Json;

namespace Ouroboros.Cli.Tests.Agent;

/// <summary>
/// `risk halt|kill|resume` from another process reach a running agent (it polls the trading-state store), and SIGTERM
/// stops it cleanly so that running it again continues the session.
/// </summary>
public sealed class OperatorControlTests
{
    private static readonly TimeSpan StartUp = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan Reaches = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task Halt_kill_and_resume_reach_the_running_agent_and_sigterm_stops_it_so_that_a_rerun_continues_the_session()
    {
        using var replay = new SmallReplay(rows: 60);
        string[] run = [.. replay.Run("--strategy", "sma-cross", "--param", "fast=2", "--param", "slow=3")];
        using var agent = BackgroundAgent.Start([.. run, "--speed", "20000"]);
        await Eventually.HoldsAsync(() => JournalProbe.StatusAsync(replay.Journal), s => s is { } status && status.GetProperty("SlicesDone").GetInt64() > 0, StartUp, "the agent's first heartbeat");

        await Operator(replay, "halt", "--reason", "test halt");
        var halted = await StatusWithin(replay, s => s.GetProperty("TradingState").GetString() == "HALTED", "the halt");
        (await JournalProbe.InputsAsync(replay.Journal)).ShouldHaveSingleItem().ShouldContain("\"Action\":\"halt\"");

        await Operator(replay, "kill", "--reason", "test kill");
        await Eventually.HoldsAsync(() => JournalProbe.InputsAsync(replay.Journal), i => i.Count == 2, Reaches, "the kill reaching the agent");
        var killed = await StatusWithin(replay, s => s.GetProperty("WorkingOrders").GetInt32() == 0, "the kill's cancels");
        killed.GetProperty("TradingState").GetString().ShouldBe("HALTED");
        (await JournalProbe.OrderStatusesAsync(replay.Journal)).ShouldNotContain(s => s == "Submitted" || s == "Accepted" || s == "PartiallyFilled");
        // Notifications reach the journal through their own queue, after the kernel acted: wait for it, do not race it.
        await Eventually.HoldsAsync(() => JournalProbe.NotificationsAsync(replay.Journal), n => n.Any(t => t.StartsWith("Kill: ", StringComparison.Ordinal)),
            TimeSpan.FromSeconds(30), "the kill's notification");

        await Operator(replay, "resume", "--reason", "test over");
        await StatusWithin(replay, s => s.GetProperty("TradingState").GetString() == "ACTIVE", "the resume");
        halted.GetProperty("TradingState").GetString().ShouldBe("HALTED");

        await agent.TerminateAsync();
        var code = await agent.ExitCodeAsync(TimeSpan.FromSeconds(20));
        code.ShouldBe(130, agent.Stderr);
        agent.Stdout.ShouldContain(" stopped: stopped by the operator");
        agent.Stderr.ShouldNotContain("Exception");

        var rerun = AgentCli.Summary(await AgentCli.RunAsync([.. run, "--json"]));
        rerun.GetProperty("status").GetString().ShouldBe("finished");
        rerun.GetProperty("restarts").GetInt32().ShouldBe(1);
        rerun.GetProperty("trading_days").GetInt32().ShouldBe(60);
        (await JournalProbe.InputsAsync(replay.Journal)).Count.ShouldBe(3);
        // Re-running the first run's slices must not move its orders back to the states they passed through.
        (await JournalProbe.OrderStatusesAsync(replay.Journal)).ShouldNotContain("New");
    }

    private static async Task Operator(SmallReplay replay, params string[] command)
    {
        var result = await AgentCli.RunAsync(replay.On(["risk", .. command]));
        result.ExitCode.ShouldBe(0, result.Stderr);
    }

    private static async Task<JsonElement> StatusWithin(SmallReplay replay, Func<JsonElement, bool> holds, string what) =>
        (await Eventually.HoldsAsync(() => JournalProbe.StatusAsync(replay.Journal), s => s is { } status && holds(status), Reaches, what + " reaching the agent"))!.Value;
}
