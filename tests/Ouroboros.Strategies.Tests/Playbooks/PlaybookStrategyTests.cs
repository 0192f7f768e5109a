using Ouroboros.Core.Planning;
using Ouroboros.Core.Ports;
using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Intents;
using Ouroboros.Domain.Playbooks;
using Ouroboros.Strategies.Playbooks;
using Ouroboros.Strategies.Tests.Support;
using Ouroboros.TestKit;

namespace Ouroboros.Strategies.Tests.Playbooks;

public sealed class PlaybookStrategyTests
{
    private static readonly BarSeries Spy = BarBuilder.Series("SPY", [.. Enumerable.Range(0, 30).Select(i => 100m + i)]);

    private sealed class MemoryPlaybookStore : IPlaybookStore
    {
        public Dictionary<(string, DateOnly), PlaybookRecord> Rows { get; } = [];

        public Task SaveAsync(PlaybookRecord playbook, CancellationToken cancellationToken)
        {
            Rows[(playbook.Market, playbook.Date)] = playbook;
            return Task.CompletedTask;
        }

        public Task<PlaybookRecord?> GetAsync(string market, DateOnly date, CancellationToken cancellationToken) =>
            Task.FromResult(Rows.GetValueOrDefault((market, date)));

        public Task<PlaybookRecord?> LatestBeforeAsync(string market, DateOnly date, string status, CancellationToken cancellationToken) =>
            Task.FromResult(Rows.Values.Where(r => r.Market == market && r.Date < date && r.Status == status).MaxBy(r => r.Date));

        public Task SetMatchCountAsync(string market, DateOnly date, int matches, CancellationToken cancellationToken)
        {
            Rows[(market, date)] = Rows[(market, date)] with { MatchCount = matches };
            return Task.CompletedTask;
        }

        public Task<IReadOnlyList<PlaybookRecord>> ListAsync(string? market, int limit, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<PlaybookRecord>>([.. Rows.Values.OrderByDescending(r => r.Date).Take(limit)]);
    }

    private static Playbook OneScenario(PlanningRequest r, string condition, PlaybookOrigin origin = PlaybookOrigin.Rules) =>
        new(r.Date, r.Market, PlaybookStance.Neutral, origin,
            [new ScenarioDefinition($"buy-{r.Date:MMdd}", r.Instruments[0].Instrument.Id, condition, IntentAction.Buy, 0.9, 0.1m)]);

    private static PlaybookStrategy Strategy(IPlaybookPlanner planner, IPlaybookStore? store = null) =>
        new(new PlaybookDesk(planner, store, TimeProvider.System, new PlaybookDeskOptions(TimeSpan.FromSeconds(5))),
            new PlaybookStrategyOptions("TEST", TimeSpan.FromDays(1)));

    [Fact]
    public async Task The_planner_is_asked_once_per_day_and_sees_only_bars_that_closed_before_the_day()
    {
        var planner = new RecordingPlanner(r => PlanOutcome.Planned(OneScenario(r, "close > 1000")));

        await Backtests.Run(Strategy(planner), Spy);

        planner.Requests.Count.ShouldBe(30);
        foreach (var request in planner.Requests)
        {
            var bars = request.Instruments.ShouldHaveSingleItem().Bars;
            bars.Count.ShouldBe(request.Date.DayNumber - DateOnly.FromDateTime(BarBuilder.Start.UtcDateTime).DayNumber);
            bars.ShouldAllBe(b => b.Time.AddDays(1) <= request.AsOf);
        }
    }

    [Fact]
    public async Task A_scenario_matches_on_the_day_it_was_planned_for_and_becomes_an_order()
    {
        var strategy = Strategy(new RecordingPlanner(r => PlanOutcome.Planned(OneScenario(r, "close >= 110 && close < 111"))));

        var result = await Backtests.Run(strategy, Spy);

        var match = strategy.Matches.ShouldHaveSingleItem();
        match.Time.ShouldBe(BarBuilder.Day(10));
        match.Intent.Rationale!.ShouldStartWith("[rules-generated] scenario buy-0111");
        match.Intent.Origin.ShouldBe(IntentOrigin.Strategy);
        result.Fills.ShouldHaveSingleItem().Time.ShouldBe(BarBuilder.Day(11));
    }

    [Fact]
    public async Task A_model_playbook_stamps_its_intents_as_model_origin()
    {
        var strategy = Strategy(new RecordingPlanner(r => PlanOutcome.Planned(OneScenario(r, "close >= 110 && close < 111", PlaybookOrigin.Model))));

        await Backtests.Run(strategy, Spy);

        strategy.Matches.ShouldHaveSingleItem().Intent.Origin.ShouldBe(IntentOrigin.Model);
    }

    [Fact]
    public async Task A_new_indicator_in_a_later_playbook_starts_warm_from_the_kept_history()
    {
        var strategy = Strategy(new RecordingPlanner(r => PlanOutcome.Planned(
            OneScenario(r, r.Date.Day < 25 ? "close > 1000" : "sma20 > 0"))));

        await Backtests.Run(strategy, Spy);

        // Jan 25 is the first playbook that reads sma20; with 25 bars kept, it is warm at once and matches that day.
        strategy.Matches[0].Time.ShouldBe(BarBuilder.Day(24));
        strategy.Matches[0].Values["sma20"].ShouldBe((double)Enumerable.Range(5, 20).Sum(i => 100 + i) / 20);
    }

    [Fact]
    public async Task An_invalid_playbook_is_replaced_by_the_previous_days_and_the_problem_is_kept()
    {
        var store = new MemoryPlaybookStore();
        var planner = new RecordingPlanner(r => PlanOutcome.Planned(OneScenario(r, r.Date.Day == 5 ? "rsi_magic > 3" : "close > 1000")));
        var strategy = Strategy(planner, store);

        await Backtests.Run(strategy, Spy);

        var day5 = strategy.Plans.Single(p => p.Playbook.Date.Day == 5);
        day5.Status.ShouldBe(DayPlan.Fallback);
        day5.Playbook.Origin.ShouldBe(PlaybookOrigin.PreviousDay);
        day5.Problem!.ShouldContain("rsi_magic");
        store.Rows[("TEST", new DateOnly(2020, 1, 5))].Status.ShouldBe("fallback");
        store.Rows[("TEST", new DateOnly(2020, 1, 4))].Status.ShouldBe("validated");
    }

    [Fact]
    public async Task A_failed_first_day_with_no_history_falls_back_to_a_defensive_playbook()
    {
        var strategy = Strategy(new RecordingPlanner(_ => PlanOutcome.Failed("model unavailable")));

        var result = await Backtests.Run(strategy, Spy);

        strategy.Plans.ShouldAllBe(p => p.Playbook.Origin == PlaybookOrigin.Defensive && p.Problem == "model unavailable");
        result.Fills.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_planner_that_hangs_past_the_deadline_is_cut_off_and_replaced()
    {
        var hanging = new HangingPlanner();
        var strategy = new PlaybookStrategy(
            new PlaybookDesk(hanging, null, TimeProvider.System, new PlaybookDeskOptions(TimeSpan.FromMilliseconds(50))),
            new PlaybookStrategyOptions("TEST", TimeSpan.FromDays(1)));

        await Backtests.Run(strategy, BarBuilder.Series("SPY", [100m, 101m]));

        strategy.Plans.Count.ShouldBe(2);
        strategy.Plans[0].Problem!.ShouldContain("timed out");
    }

    private sealed class HangingPlanner : IPlaybookPlanner
    {
        public string Name => "hanging";

        public async Task<PlanOutcome> PlanAsync(PlanningRequest request, CancellationToken cancellationToken)
        {
            await Task.Delay(TimeSpan.FromSeconds(30), cancellationToken);
            return PlanOutcome.Failed("unreachable");
        }
    }

    [Fact]
    public async Task Match_counts_are_stored_per_day()
    {
        var store = new MemoryPlaybookStore();
        var strategy = Strategy(new RecordingPlanner(r => PlanOutcome.Planned(OneScenario(r, "close > 0"))), store);

        await Backtests.Run(strategy, Spy);
        await strategy.FlushAsync(CancellationToken.None);

        store.Rows.Values.ShouldAllBe(r => r.MatchCount == 1);
    }

    [Fact]
    public async Task Two_entry_scenarios_that_both_hold_buy_an_instrument_once_a_day()
    {
        var strategy = Strategy(new RecordingPlanner(r => PlanOutcome.Planned(new Playbook(r.Date, r.Market, PlaybookStance.Bullish, PlaybookOrigin.Rules,
        [
            new ScenarioDefinition("a", r.Instruments[0].Instrument.Id, "close > 0", IntentAction.Buy, 0.9, 0.1m),
            new ScenarioDefinition("b", r.Instruments[0].Instrument.Id, "close > 1", IntentAction.Buy, 0.9, 0.1m),
        ]))));

        await Backtests.Run(strategy, BarBuilder.Series("SPY", [100m, 101m, 102m]));

        strategy.Matches.Select(m => m.ScenarioId).ShouldBe(["a", "a", "a"]);
    }
}
