using System.Text.Json.Nodes;
using Ouroboros.Benchmarks.WholeRun.Agent;
using Ouroboros.TestKit;

namespace Ouroboros.Benchmarks.Tests;

/// <summary>
/// `ouroboros bench agent --quick` must measure the right thing: the agent and the backtest replay the same slices and
/// agree trade for trade, every pre-send flush is matched with its submit, and a killed session resumes from its
/// checkpoint and trades one new slice. Timings are never asserted.
/// </summary>
public sealed class AgentBenchTests
{
    [Fact]
    public async Task Quick_agent_bench_compares_agent_and_backtest_runs_times_sends_and_restarts()
    {
        var settings = AgentBenchSettings.Quick with { RepoRoot = RepoPaths.Root };

        var report = await new AgentBenchRunner(settings).RunAsync();

        report.Throughput.Select(t => t.Strategy).ShouldBe(settings.Strategies);
        foreach (var t in report.Throughput)
        {
            t.Parity.ShouldBeTrue($"{t.Strategy}: the agent must trade as the backtest of the same replay does");
            t.Slices.ShouldBeGreaterThanOrEqualTo(settings.Days);
            t.Bars.ShouldBeGreaterThanOrEqualTo(t.Slices);
            t.Fills.ShouldBeGreaterThan(0, $"{t.Strategy} must exercise the order path");
            t.RatioPerPair.Runs.ShouldBe(settings.Pairs);
        }
        report.PersistToSendMs.Samples.ShouldBe(report.PreSendCommitMs.Samples, "each pre-send commit is followed by its submit");
        report.PersistToSendMs.Samples.ShouldBeGreaterThan(0);
        report.FsyncFloorMs.Samples.ShouldBe(settings.Pairs * settings.FloorCommitsPerPair * settings.Strategies.Count);
        report.Restarts.Count.ShouldBe(settings.KillAfterSlices.Count);
        report.Restarts.Select(r => r.KilledAfterSlices.Median).ShouldBeInOrder(SortDirection.Ascending);
        report.Restarts.ShouldAllBe(r => r.RestartToTradingMs.Runs == settings.RestartRepeats);

        var json = JsonNode.Parse(AgentReportWriter.Json(report))!.AsObject();
        foreach (var key in new[] { "agent_ms", "backtest_ms", "agent_bars_per_second", "ratio" })
            json["throughput"]!["playbook"]![key].ShouldNotBeNull(key);
        json["persist_to_send_ms"]!["p99"].ShouldNotBeNull();
        json["fsync_floor_ms"]!["median"].ShouldNotBeNull();
        json["restarts"]!.AsArray()[0]!["restart_to_trading_ms"].ShouldNotBeNull();
    }
}
