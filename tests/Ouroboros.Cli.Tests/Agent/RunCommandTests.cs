using System.Globalization;

namespace Ouroboros.Cli.Tests.Agent;

/// <summary>`ouroboros run` end to end on a small market replay: what it says before it starts and when it ends.</summary>
public sealed class RunCommandTests
{
    [Fact]
    public async Task Run_prints_a_banner_saying_what_it_trades_and_then_a_summary()
    {
        using var replay = new SmallReplay(rows: 60);

        var result = await AgentCli.RunAsync(replay.Run());

        result.ExitCode.ShouldBe(0, result.Stderr);
        var banner = result.Stdout;
        banner.ShouldContain("PAPER trading, new session ag-");
        banner.ShouldContain("broker     paper (account paper:krx)");
        banner.ShouldContain("markets    KRX; daily mode");
        banner.ShouldContain("strategy   playbook; planner rules (chosen by auto");
        banner.ShouldContain("risk       on");
        banner.ShouldContain($"journal    {replay.Journal}");
        banner.IndexOf("Ouroboros agent:", StringComparison.Ordinal).ShouldBeLessThan(banner.IndexOf("Session ag-", StringComparison.Ordinal));
        banner.ShouldContain("finished: the replay reached the end of its data");
        banner.ShouldContain("trading days");
        result.Stderr.ShouldNotContain("error");
        var notes = await JournalProbe.NotificationsAsync(replay.Journal);
        notes.ShouldContain(n => n.StartsWith("PlaybookGenerated: KRX ", StringComparison.Ordinal) && n.Contains("rules-generated playbook", StringComparison.Ordinal));
        notes.ShouldContain(n => n.StartsWith("MarketOpen: KRX open for ", StringComparison.Ordinal));
        notes.ShouldContain(n => n.StartsWith("MarketClose: KRX closed ", StringComparison.Ordinal));
        notes[0].ShouldStartWith("AgentStarted: ");
        notes[^1].ShouldStartWith("AgentStopped: ");
    }

    [Fact]
    public async Task Run_json_prints_exactly_one_object_with_the_session_figures()
    {
        using var replay = new SmallReplay(rows: 60);

        var summary = AgentCli.Summary(await AgentCli.RunAsync(replay.Run("--strategy", "sma-cross", "--json")));

        foreach (var key in new[] { "run_id", "mode", "broker", "trading_days", "orders", "fills", "final_equity", "playbooks", "llm_calls", "risk_denials", "restarts" })
            summary.TryGetProperty(key, out _).ShouldBeTrue($"missing {key}");
        summary.GetProperty("mode").GetString().ShouldBe("paper");
        summary.GetProperty("broker").GetString().ShouldBe("paper");
        summary.GetProperty("status").GetString().ShouldBe("finished");
        summary.GetProperty("trading_days").GetInt32().ShouldBe(60);
        summary.GetProperty("restarts").GetInt32().ShouldBe(0);
        summary.GetProperty("llm_calls").GetInt32().ShouldBe(0);
        // Counted after the notifications queued during the run were journaled, the last one (agent stopped) included.
        var journaled = await JournalProbe.NotificationsAsync(replay.Journal);
        summary.GetProperty("notifications").GetInt32().ShouldBe(journaled.Count);
        journaled[^1].ShouldStartWith("AgentStopped: ");
        journaled.ShouldContain("MarketOpen: KRX open for " + replay.Dates()[0].ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "; state ACTIVE, equity 10,000,000");
    }

    [Fact]
    public async Task Days_stops_after_that_many_trading_days_and_a_second_run_after_a_finished_session_starts_a_new_one()
    {
        using var replay = new SmallReplay(rows: 60);

        var first = AgentCli.Summary(await AgentCli.RunAsync(replay.Run("--strategy", "sma-cross", "--days", "5", "--json")));
        var second = AgentCli.Summary(await AgentCli.RunAsync(replay.Run("--strategy", "sma-cross", "--days", "5", "--json")));

        first.GetProperty("trading_days").GetInt32().ShouldBe(5);
        first.GetProperty("status").GetString().ShouldBe("finished");
        first.GetProperty("stop_reason").GetString().ShouldBe("traded 5 days");
        second.GetProperty("run_id").GetString().ShouldNotBe(first.GetProperty("run_id").GetString());
        second.GetProperty("trading_days").GetInt32().ShouldBe(5);
        second.GetProperty("restarts").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task Until_stops_after_that_trading_date()
    {
        using var replay = new SmallReplay(rows: 60);
        var until = replay.Dates()[9];

        var summary = AgentCli.Summary(await AgentCli.RunAsync(replay.Run("--strategy", "sma-cross", "--until", until.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "--json")));

        summary.GetProperty("trading_days").GetInt32().ShouldBe(10);
        summary.GetProperty("stop_reason").GetString()!.ShouldContain(until.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }
}
