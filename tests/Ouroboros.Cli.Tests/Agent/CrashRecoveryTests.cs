using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Ouroboros.Core.Faults;
using Xunit.Abstractions;

namespace Ouroboros.Cli.Tests.Agent;

/// <summary>
/// The crash harness: the real `ouroboros run` killed with SIGKILL at every crash point a run reaches (and at random
/// moments), then run again, must leave exactly the journal of a run nobody killed: the same orders (no client order id
/// twice), the same fills, the same equity curve and the same daily jobs, with the restarts counted.
/// See docs/testing.md ("Crash harness") to kill one point by hand.
/// </summary>
[Collection(CrashHarnessCollection.Name)]
public sealed class CrashRecoveryTests(CrashFixture fixture, ITestOutputHelper output) : IClassFixture<CrashFixture>
{
    private const int Parallelism = 2;
    private const int RandomKills = 5;

    [Fact]
    public void Every_crash_point_is_killed_by_a_scenario_or_listed_as_unreached_with_a_reason()
    {
        var covered = CrashScenarios.For(new ReferenceCounts(10, 1, 10, 100, 400, 100, 100, 50)).Select(s => s.Point).ToHashSet(StringComparer.Ordinal);
        var unreached = CrashScenarios.Unreached.Keys.ToHashSet(StringComparer.Ordinal);

        covered.Intersect(unreached).ShouldBeEmpty();
        covered.Union(unreached).Order(StringComparer.Ordinal).ShouldBe(CrashPointNames.All.Order(StringComparer.Ordinal));
        CrashScenarios.Unreached.Values.ShouldAllBe(reason => reason.Length > 0);
    }

    [Fact]
    public void The_reference_run_trades_and_is_denied_on_the_fixture_so_every_order_point_is_reached()
    {
        fixture.ReferenceSummary.Status.ShouldBe("finished");
        fixture.ReferenceSummary.Restarts.ShouldBe(0);
        fixture.Counts.Approved.ShouldBeGreaterThanOrEqualTo(10);
        fixture.Counts.Denied.ShouldBeGreaterThanOrEqualTo(1);
        fixture.Counts.Fills.ShouldBeGreaterThanOrEqualTo(10);
        fixture.Counts.Checkpoints.ShouldBe(CrashFixture.Rows);
        fixture.Counts.SliceWithWorkingOrder.ShouldBeGreaterThan(0);
        fixture.Reference.DifferencesFrom(fixture.Reference).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_session_killed_at_any_crash_point_and_run_again_ends_with_the_journal_of_a_run_never_killed()
    {
        var scenarios = CrashScenarios.For(fixture.Counts);
        scenarios.Count.ShouldBeGreaterThanOrEqualTo(20);
        var failures = new ConcurrentQueue<string>();
        var watch = Stopwatch.StartNew();

        await Parallel.ForEachAsync(scenarios, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (scenario, _) =>
        {
            var problems = await RunAsync(scenario);
            foreach (var p in problems) failures.Enqueue($"{scenario}: {p}");
        });

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{scenarios.Count} crash scenarios in {watch.Elapsed.TotalSeconds:F1} s"));
        failures.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_session_killed_again_and_again_at_random_moments_ends_as_one_never_killed()
    {
        var seed = Environment.GetEnvironmentVariable("CRASH_HARNESS_SEED") is { } s ? int.Parse(s, CultureInfo.InvariantCulture) : Environment.TickCount;
        output.WriteLine($"seed {seed} (CRASH_HARNESS_SEED={seed} repeats this test)");
        var random = new Random(seed);
        var db = fixture.NewDatabase("random");
        var kills = 0;
        var ceiling = Math.Max(3, fixture.Counts.AnyHits / 6);
        RunSummary? finished = null;
        while (kills < RandomKills && finished is null)
        {
            // From 2: hit 1 is always session.after-lease, whose process never records its start as a restart.
            var at = $"any#{random.Next(2, ceiling)}";
            var result = await CrashCli.RunAsync(fixture.Replay, db, at);
            output.WriteLine($"{at}: exit {result.ExitCode}");
            if (CrashCli.WasKilled(result)) kills++;
            else finished = CrashCli.Summary(result);
        }
        finished ??= CrashCli.Summary(await CrashCli.RunAsync(fixture.Replay, db));

        kills.ShouldBeGreaterThanOrEqualTo(3, $"seed {seed}");
        finished.Status.ShouldBe("finished");
        finished.Restarts.ShouldBe(kills, $"seed {seed}");
        finished.FinalEquity.ShouldBe(fixture.ReferenceSummary.FinalEquity, $"seed {seed}");
        JournalSnapshot.Read(db).DifferencesFrom(fixture.Reference).ShouldBeEmpty($"seed {seed}");
    }

    private async Task<IReadOnlyList<string>> RunAsync(CrashScenario scenario)
    {
        var db = fixture.NewDatabase(scenario.Point);
        var problems = new List<string>();
        if (scenario.StopFirstAt is { } first && !CrashCli.WasKilled(await CrashCli.RunAsync(fixture.Replay, db, first)))
            return [$"the first run did not die at {first}"];
        if (scenario.KillSwitchWhileDown && (await CrashCli.KillSwitchAsync(db)).ExitCode != 0)
            return ["risk kill failed"];
        var crashed = await CrashCli.RunAsync(fixture.Replay, db, scenario.CrashAt);
        if (!CrashCli.WasKilled(crashed))
            return [$"the run did not die at {scenario.CrashAt}: exit {crashed.ExitCode}, {crashed.Stdout.Length} characters of output; {Tail(crashed.Stderr)}"];
        var again = await CrashCli.RunAsync(fixture.Replay, db);
        if (again.ExitCode != 0) return [$"the restart failed with exit {again.ExitCode}: {Tail(again.Stderr)}"];
        var summary = CrashCli.Summary(again);
        var expected = scenario.KillSwitchWhileDown ? await fixture.OperatorReference : fixture.Reference;
        if (summary.Status != "finished") problems.Add($"the restart ended {summary.Status}");
        if (summary.Restarts != scenario.ExpectedRestarts) problems.Add($"restarts {summary.Restarts}, expected {scenario.ExpectedRestarts}");
        var journal = JournalSnapshot.Read(db);
        if (summary.FinalEquity != expected.FinalEquity) problems.Add($"final equity {summary.FinalEquity}, expected {expected.FinalEquity}");
        problems.AddRange(journal.DifferencesFrom(expected));
        return problems;
    }

    private static string Tail(string text) => text.Length <= 400 ? text : text[^400..];
}
