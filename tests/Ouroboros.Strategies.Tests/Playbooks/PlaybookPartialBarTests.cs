using Ouroboros.Core.Inbox;
using Ouroboros.Core.Planning;
using Ouroboros.Core.Strategies;
using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Intents;
using Ouroboros.Domain.Playbooks;
using Ouroboros.Domain.Venues;
using Ouroboros.Strategies.Playbooks;
using Ouroboros.Strategies.Tests.Support;
using Ouroboros.TestKit;

namespace Ouroboros.Strategies.Tests.Playbooks;

/// <summary>
/// At a rescan the playbook in force is matched against the bar in progress (its last price, the closed bars'
/// indicators), so an intraday breakout fires before the day closes; the partial bar never enters history or plans.
/// </summary>
public sealed class PlaybookPartialBarTests
{
    private static readonly DateTimeOffset Day10 = BarBuilder.Day(10);

    private static (PlaybookStrategy Strategy, FakeStrategyContext Context, RecordingPlanner Planner) TenClosedDays(string condition)
    {
        var planner = new RecordingPlanner(r => PlanOutcome.Planned(new Playbook(r.Date, r.Market, PlaybookStance.Neutral, PlaybookOrigin.Rules,
            [new ScenarioDefinition("breakout", r.Instruments[0].Instrument.Id, condition, IntentAction.Buy, 0.9, 0.1m)])));
        var strategy = new PlaybookStrategy(new PlaybookDesk(planner, null, TimeProvider.System, new PlaybookDeskOptions(TimeSpan.FromSeconds(5))),
            new PlaybookStrategyOptions("TEST", TimeSpan.FromDays(1)));
        var context = new FakeStrategyContext(GenericVenue.Instrument("TEST"));
        strategy.Initialize(context);
        for (var d = 0; d < 10; d++) Close(strategy, d, 100m + d);
        return (strategy, context, planner);
    }

    private static void Close(PlaybookStrategy strategy, int day, decimal close)
    {
        var bar = new Bar(BarBuilder.Day(day), close - 1m, close, close - 1m, close, 1_000m);
        strategy.OnBar(0, in bar);
        strategy.OnTimeSliceEnd(bar.Time);
        if (strategy.WantsToDeliberate) strategy.DeliberateAsync(bar.Time, CancellationToken.None).AsTask().GetAwaiter().GetResult();
    }

    private static PartialBar Partial(decimal last, int hour) =>
        new(0, new Bar(Day10, 109m, Math.Max(109m, last), Math.Min(109m, last), last, 400m), Day10.AddHours(hour));

    [Fact]
    public void A_breakout_scenario_fires_at_a_rescan_on_the_partial_bars_last_price_with_the_closed_bars_indicators()
    {
        var (strategy, context, _) = TenClosedDays("close > 115 && sma3 > 107");
        context.Submitted.ShouldBeEmpty();
        var partial = Partial(118m, 3);
        context.PartialBars[0] = partial;

        ((IStrategy)strategy).PartialBarAware.ShouldBeSameAs(strategy);
        strategy.OnPartialBars(context, partial.AsOf);

        var intent = context.Submitted.ShouldHaveSingleItem();
        intent.Action.ShouldBe(IntentAction.Buy);
        intent.Time.ShouldBe(partial.AsOf);
        intent.Rationale!.ShouldEndWith("[partial (as of 03:00)]");
        var match = strategy.Matches.ShouldHaveSingleItem();
        match.Partial.ShouldBe(partial);
        match.Values["close"].ShouldBe(118d);
        match.Values["sma3"].ShouldBe(108d);
    }

    [Fact]
    public void A_partial_bar_below_the_breakout_fires_nothing_and_a_later_one_above_it_does()
    {
        var (strategy, context, _) = TenClosedDays("close > 115");

        context.PartialBars[0] = Partial(112m, 2);
        strategy.OnPartialBars(context, Day10.AddHours(2));
        context.Submitted.ShouldBeEmpty();
        context.PartialBars[0] = Partial(116m, 4);
        strategy.OnPartialBars(context, Day10.AddHours(4));

        context.Submitted.ShouldHaveSingleItem().Time.ShouldBe(Day10.AddHours(4));
    }

    [Fact]
    public void Without_a_partial_bar_a_rescan_fires_nothing()
    {
        var (strategy, context, _) = TenClosedDays("close > 0");
        var fired = strategy.Matches.Count;

        strategy.OnPartialBars(context, Day10.AddHours(3));

        strategy.Matches.Count.ShouldBe(fired);
    }

    [Fact]
    public void With_hourly_bars_a_partial_rescan_does_not_push_back_the_next_closed_bar_scan()
    {
        var planner = new RecordingPlanner(r => PlanOutcome.Planned(new Playbook(r.Date, r.Market, PlaybookStance.Neutral, PlaybookOrigin.Rules,
            [new ScenarioDefinition("breakout", r.Instruments[0].Instrument.Id, "close > 115", IntentAction.Buy, 0.9, 0.1m)])));
        var strategy = new PlaybookStrategy(new PlaybookDesk(planner, null, TimeProvider.System, new PlaybookDeskOptions(TimeSpan.FromSeconds(5))),
            new PlaybookStrategyOptions("TEST", TimeSpan.FromHours(1), RescanInterval: TimeSpan.FromHours(1)));
        var context = new FakeStrategyContext(GenericVenue.Instrument("TEST"));
        strategy.Initialize(context);
        void Hour(int hour, decimal close)
        {
            var bar = new Bar(BarBuilder.Start.AddHours(hour), close, close, close, close, 10m);
            strategy.OnBar(0, in bar);
            strategy.OnTimeSliceEnd(bar.Time);
            if (strategy.WantsToDeliberate) strategy.DeliberateAsync(bar.Time, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        }
        Hour(0, 100m);
        Hour(1, 101m);
        context.PartialBars[0] = new PartialBar(0, new Bar(BarBuilder.Start.AddHours(2), 101m, 112m, 101m, 110m, 5m), BarBuilder.Start.AddHours(2.5));
        strategy.OnPartialBars(context, BarBuilder.Start.AddHours(2.5));
        context.Submitted.ShouldBeEmpty();

        Hour(2, 120m);

        context.Submitted.ShouldHaveSingleItem().Time.ShouldBe(BarBuilder.Start.AddHours(2));
        strategy.Matches.ShouldHaveSingleItem().Partial.ShouldBeNull();
    }

    [Fact]
    public void The_partial_bar_never_reaches_the_history_the_planner_sees()
    {
        var (strategy, context, planner) = TenClosedDays("close > 1000");
        context.PartialBars[0] = Partial(150m, 3);
        strategy.OnPartialBars(context, Day10.AddHours(3));

        Close(strategy, 10, 110m);
        Close(strategy, 11, 111m);

        var bars = planner.Requests[^1].Instruments.ShouldHaveSingleItem().Bars;
        bars.Select(b => b.Close).ShouldBe([.. Enumerable.Range(0, 11).Select(i => 100m + i)]);
    }
}
