using Ouroboros.Domain.Venues;
using Ouroboros.Application.Backtests;
using Ouroboros.Application.Brain;
using Ouroboros.Storage.Sqlite;
using Ouroboros.TestKit;

namespace Ouroboros.Application.Tests.Brain;

/// <summary>The playbook strategy's parameters and their configured defaults, through the backtest service.</summary>
public sealed class BrainStrategyParameterTests
{
    private static readonly string[] Data = [RepoPaths.Data("kr", "krx-069500-daily.csv"), RepoPaths.Data("kr", "krx-091160-daily.csv"), RepoPaths.Data("kr", "krx-114800-daily.csv")];

    private static async Task<(BacktestResult Outcome, IReadOnlyList<Ouroboros.Core.Ports.PlaybookRecord> Playbooks)> RunAsync(
        BrainSettings settings, Dictionary<string, string> parameters, int? warmUp = null)
    {
        using var app = new TestApplication(settings);
        var store = app.Store;
        var outcome = await app.Backtests().ExecuteAsync(new BacktestRequest
        {
            Strategy = "playbook", Parameters = parameters, Data = Data, Venue = Domain.Venues.Venue.Krx,
            From = new DateTimeOffset(2023, 6, 1, 0, 0, 0, TimeSpan.Zero), To = new DateTimeOffset(2023, 12, 22, 0, 0, 0, TimeSpan.Zero),
            Save = false, Cash = 10_000_000m, NoRisk = true, WarmUpBars = warmUp,
        });
        var playbooks = await SqlitePlaybookStore.OpenAsync(store, TimeProvider.System);
        return (outcome, await playbooks.ListAsync(null, 1_000, CancellationToken.None));
    }

    [Fact]
    public async Task Llm_MaxScenarios_is_the_default_and_an_explicit_parameter_wins()
    {
        var oneScenario = TestApplication.DefaultBrain with { MaxScenarios = 1 };

        var (_, byConfig) = await RunAsync(oneScenario, []);
        var (_, byParameter) = await RunAsync(oneScenario, new() { ["max_scenarios"] = "5" });

        byConfig.ShouldNotBeEmpty();
        // The rules planner writes at most one scenario per scanner pick or held instrument: three instruments at most.
        byConfig.ShouldAllBe(p => p.ScenarioCount <= 3);
        byParameter.Max(p => p.ScenarioCount).ShouldBeGreaterThan(3);
    }

    [Fact]
    public async Task A_rescan_interval_longer_than_a_day_leaves_each_instrument_one_check_a_day()
    {
        var (every, _) = await RunAsync(TestApplication.DefaultBrain, []);
        var (rescan, _) = await RunAsync(TestApplication.DefaultBrain, new() { ["rescan_minutes"] = "1440" });

        // With daily bars each instrument is checked once a day either way: the interval must not lose a check.
        rescan.Brain.ShouldNotBeNull()["scenario_matches"].ShouldBe(every.Brain.ShouldNotBeNull()["scenario_matches"]);
    }

    [Fact]
    public async Task A_rescan_interval_out_of_range_is_refused_with_its_limits()
    {
        var error = await Should.ThrowAsync<Exception>(() => RunAsync(TestApplication.DefaultBrain, new() { ["rescan_minutes"] = "5000" }));

        error.Message.ShouldContain("rescan_minutes");
        error.Message.ShouldContain("1440");
    }

    [Fact]
    public async Task With_from_and_no_warmup_given_the_playbook_warms_up_so_its_first_day_has_picks()
    {
        var (warm, warmBooks) = await RunAsync(TestApplication.DefaultBrain, []);
        var (cold, coldBooks) = await RunAsync(TestApplication.DefaultBrain, [], warmUp: 0);

        warm.WarmUp.ShouldNotBeNull().Bars.ShouldBe(BrainStrategies.DefaultWarmUpBars);
        cold.WarmUp.ShouldBeNull();
        var firstDay = new DateOnly(2023, 6, 1);
        warmBooks.Min(p => p.Date).ShouldBe(firstDay, "warm-up days are never planned");
        coldBooks.Single(p => p.Date == firstDay).Json.ShouldContain("no picks");
        warmBooks.Single(p => p.Date == firstDay).Json.ShouldNotContain("no picks");
    }
}
