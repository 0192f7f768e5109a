using Ouroboros.Domain.Venues;
using Ouroboros.TestKit;
using Ouroboros.Domain.Playbooks;
using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Instruments;
using Ouroboros.Domain.Intents;
using Ouroboros.Strategies.Scenarios;
using Ouroboros.Strategies.Tests.Support;

namespace Ouroboros.Strategies.Tests.Scenarios;

public sealed class ScenarioEngineTests
{
    private static readonly Instrument Spy = GenericVenue.Instrument("SPY");
    private static readonly Instrument Qqq = GenericVenue.Instrument("QQQ");

    /// <summary>Hourly bars, <paramref name="perDay"/> per day, closes 100, 101, 102, …</summary>
    private static Bar[] Hourly(int count, int perDay)
    {
        var bars = new Bar[count];
        for (var i = 0; i < count; i++)
        {
            var time = BarBuilder.Start.AddDays(i / perDay).AddHours(9 + (i % perDay));
            var close = 100m + i;
            bars[i] = new Bar(time, close - 0.5m, close + 1, close - 1, close, 1_000);
        }
        return bars;
    }

    private static (ScenarioEngine Engine, FakeStrategyContext Context) Run(ScenarioDefinition[] playbook, Bar[] bars, ScenarioEngineOptions? options = null)
    {
        var engine = new ScenarioEngine(playbook, options);
        var context = new FakeStrategyContext(Spy, Qqq);
        engine.Initialize(context);
        foreach (var bar in bars) engine.OnBar(0, in bar);
        return (engine, context);
    }

    [Fact]
    public void A_match_submits_an_intent_carrying_the_scenario_id_and_its_trade_fields()
    {
        var scenario = new ScenarioDefinition("breakout", Spy.Id, "close > 104 && change_pct > 0", IntentAction.Buy,
            Confidence: 0.7, Allocation: 0.25m, StopLoss: 95m, TakeProfit: 120m, Rationale: "range breakout");
        var (engine, context) = Run([scenario], BarBuilder.Midpoint([100m, 102m, 103m, 105m, 104m]));

        var intent = context.Submitted.ShouldHaveSingleItem();
        intent.ShouldBe(new TradeIntent(Spy.Id, IntentAction.Buy, new("scenarios"), BarBuilder.Day(3),
            new SizeSpec.PercentOfEquity(0.25m), 0.7, "scenario breakout: range breakout", 120m, 95m));
        var match = engine.Matches.ShouldHaveSingleItem();
        (match.ScenarioId, match.Instrument, match.Time, match.Intent).ShouldBe(("breakout", Spy.Id, BarBuilder.Day(3), intent));
        match.Values.Keys.ShouldBe(["close", "change_pct"]);
        match.Values["close"].ShouldBe(105.0);
        match.Values["change_pct"].ShouldNotBeNull().ShouldBe(100.0 * 2 / 103, 1e-12);
    }

    [Fact]
    public void A_scenario_fires_at_most_once_per_day_per_instrument()
    {
        var (engine, _) = Run([new("up", Spy.Id, "close > 0", IntentAction.Buy)], Hourly(count: 18, perDay: 6));
        engine.Matches.Select(m => m.Time).ShouldBe([.. Enumerable.Range(0, 3).Select(d => BarBuilder.Start.AddDays(d).AddHours(9))]);
    }

    [Fact]
    public void Scenarios_of_one_instrument_fire_independently_and_other_instruments_are_untouched()
    {
        ScenarioDefinition[] playbook =
        [
            new("low", Spy.Id, "close > 101", IntentAction.Buy),
            new("high", Spy.Id, "close > 103", IntentAction.Buy),
            new("other", Qqq.Id, "close > 0", IntentAction.Buy),
        ];
        var (engine, _) = Run(playbook, BarBuilder.Midpoint([100m, 102m, 104m]));
        engine.Matches.Select(m => (m.ScenarioId, m.Time)).ShouldBe([("low", BarBuilder.Day(1)), ("low", BarBuilder.Day(2)), ("high", BarBuilder.Day(2))]);
    }

    [Fact]
    public void An_indicator_in_warm_up_is_missing_so_its_scenario_waits_for_it()
    {
        var closes = BarBuilder.RandomWalk(seed: 3, count: 30);
        var (engine, _) = Run([new("any-rsi", Spy.Id, "rsi14 >= 0 or rsi14 < 0", IntentAction.Buy)], BarBuilder.Midpoint(closes));
        // RSI(14) needs 15 bars, so the first match is on bar index 14, and then once on every later day.
        engine.Matches.Count.ShouldBe(16);
        engine.Matches[0].Time.ShouldBe(BarBuilder.Day(14));
    }

    [Fact]
    public void With_a_rescan_interval_conditions_are_evaluated_only_that_often_in_bar_time()
    {
        var options = new ScenarioEngineOptions(RescanInterval: TimeSpan.FromHours(4));
        var (engine, _) = Run([new("up", Spy.Id, "close > 102", IntentAction.Buy)], Hourly(count: 12, perDay: 12), options);
        // Scans at 09:00 (close 100), 13:00 (104, fires); the 17:00 scan is the same day, so nothing more.
        engine.Matches.ShouldHaveSingleItem().Time.ShouldBe(BarBuilder.Start.AddHours(13));
        engine.SnapshotOf(0).Values[IndicatorSnapshot.Close].ShouldBe(111.0, "indicators still see every bar");
    }

    [Fact]
    public void A_sell_without_allocation_closes_the_position_and_the_playbook_origin_is_stamped()
    {
        var options = new ScenarioEngineOptions(Origin: IntentOrigin.Model);
        var (_, context) = Run([new("exit", Spy.Id, "close < 101", IntentAction.Sell)], BarBuilder.Midpoint([100m]), options);
        var intent = context.Submitted.ShouldHaveSingleItem();
        (intent.Action, intent.Size, intent.Origin, intent.Rationale).ShouldBe((IntentAction.Close, null, IntentOrigin.Model, "scenario exit: close < 101"));
    }

    [Fact]
    public void A_scenario_for_an_instrument_outside_the_universe_is_refused_at_initialisation()
    {
        var engine = new ScenarioEngine([new("x", new("US:IWM"), "close > 1", IntentAction.Buy)]);
        Should.Throw<InvalidOperationException>(() => engine.Initialize(new FakeStrategyContext(Spy))).Message.ShouldContain("US:IWM");
    }
}
