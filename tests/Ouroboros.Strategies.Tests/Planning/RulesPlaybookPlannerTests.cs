using Ouroboros.Core.Planning;
using Ouroboros.Domain.Intents;
using Ouroboros.Domain.Playbooks;
using Ouroboros.Strategies.Planning;
using Ouroboros.Strategies.Scanning;
using static Ouroboros.Strategies.Tests.Planning.Playbooks;
using static Ouroboros.Strategies.Tests.Scanning.ScanHistories;

namespace Ouroboros.Strategies.Tests.Planning;

public sealed class RulesPlaybookPlannerTests
{
    [Fact]
    public void An_uptrend_gets_trend_following_and_breakout_but_no_bounce()
    {
        var playbook = Plan(Request(AsOfAfter(81), [History("UP", Uptrend)]));

        playbook.Stance.ShouldBe(PlaybookStance.Bullish);
        Templates(playbook).ShouldBe([ScenarioTemplates.Breakout, ScenarioTemplates.Trend], ignoreOrder: true);
        playbook.Scenarios.Single(s => s.Id.EndsWith(":trend", StringComparison.Ordinal)).Condition
            .ShouldBe("close > sma20 && sma20 > sma50 && rsi14 > 45 && rsi14 < 70");
        ShouldBeValid(playbook);
    }

    [Fact]
    public void A_downtrend_gets_no_trend_or_breakout_buy_and_a_held_one_gets_protective_sells_first()
    {
        var playbook = Plan(Request(AsOfAfter(81), [History("DOWN", Downtrend, position: 10m)]));

        playbook.Stance.ShouldBe(PlaybookStance.Bearish);
        Templates(playbook).ShouldNotContain(ScenarioTemplates.Trend);
        Templates(playbook).ShouldNotContain(ScenarioTemplates.Breakout);
        Templates(playbook, IntentAction.Sell).ShouldBe([ProtectiveScenarios.Stop, ProtectiveScenarios.TrendBroken, ProtectiveScenarios.OverboughtExit]);
        playbook.Scenarios.Take(3).ShouldAllBe(s => s.Action == IntentAction.Sell && s.Allocation == null);
        playbook.Scenarios[0].Condition.ShouldStartWith("close < ");
        ShouldBeValid(playbook);
    }

    [Fact]
    public void An_oversold_drop_gets_the_bounce_template_with_its_figures()
    {
        var closes = Oversold();
        var playbook = Plan(Request(AsOfAfter(closes.Length), [History("DIP", closes)]));

        Templates(playbook).ShouldBe([ScenarioTemplates.Bounce]);
        var bounce = playbook.Scenarios.Single();
        bounce.Condition.ShouldBe("rsi14 < 40 && change_pct > 0.5 && close > open");
        bounce.Rationale.ShouldNotBeNull().ShouldStartWith("oversold bounce: rsi14 ");
        bounce.Rationale.ShouldContain("atr14");
        bounce.Allocation.ShouldBe(0.10m);
        bounce.StopLoss.ShouldNotBeNull().ShouldBeLessThan(closes[^1]);
        bounce.TakeProfit.ShouldNotBeNull().ShouldBeGreaterThan(closes[^1]);
    }

    [Fact]
    public void A_bearish_stance_writes_no_breakout_buys()
    {
        var options = new RulesPlannerOptions { Scanner = new VolatilityScannerOptions { TopN = 4 } };
        var alone = Plan(Request(AsOfAfter(81), [History("UP", Uptrend)]), options);
        var amongLosers = Plan(Request(AsOfAfter(81),
            [History("UP", Uptrend), History("D1", Downtrend), History("D2", Downtrend), History("D3", Downtrend)]), options);

        Templates(alone).ShouldContain(ScenarioTemplates.Breakout);
        amongLosers.Stance.ShouldBe(PlaybookStance.Bearish);
        amongLosers.Scenarios.ShouldContain(s => s.Instrument.Value == "CSV:UP", "the uptrend is still a pick");
        Templates(amongLosers).ShouldNotContain(ScenarioTemplates.Breakout);
        amongLosers.Summary.ShouldNotBeNull().ShouldStartWith("Bearish stance (breadth 1/4 above sma50)");
    }

    [Fact]
    public void The_playbook_says_where_it_came_from_and_what_it_picked()
    {
        var outcome = new RulesPlaybookPlanner().Plan(Request(AsOfAfter(81), [History("UP", Uptrend), History("SHORT", Uptrend[..10])]));

        var playbook = outcome.Playbook.ShouldNotBeNull();
        new RulesPlaybookPlanner().Name.ShouldBe("rules");
        playbook.Origin.ShouldBe(PlaybookOrigin.Rules);
        playbook.Summary.ShouldNotBeNull().ShouldContain("picks: CSV:UP trend-up score");
        playbook.Summary.ShouldEndWith("rules-generated");
        outcome.Notes.ShouldNotBeNull()[0].ShouldContain("excluded CSV:SHORT: too few bars: 10 < 21");
    }

    [Fact]
    public void The_per_instrument_cap_keeps_the_protective_sells()
    {
        var playbook = Plan(Request(AsOfAfter(81), [History("UP", Uptrend, position: 5m)], max: 2), null);

        playbook.Scenarios.Count.ShouldBe(2);
        playbook.Scenarios.ShouldAllBe(s => s.Action == IntentAction.Sell);
        ShouldBeValid(playbook, 2);
    }

    [Fact]
    public void With_no_usable_instrument_it_plans_a_valid_empty_neutral_playbook()
    {
        var none = Plan(Request(AsOfAfter(81), []));
        var tooShort = Plan(Request(AsOfAfter(81), [History("SHORT", Uptrend[..10])]));

        foreach (var playbook in new[] { none, tooShort })
        {
            playbook.Stance.ShouldBe(PlaybookStance.Neutral);
            playbook.Scenarios.ShouldBeEmpty();
            playbook.Summary.ShouldNotBeNull().ShouldContain("no picks");
        }
    }

    [Fact]
    public void Two_histories_for_one_instrument_are_a_real_problem()
    {
        var outcome = new RulesPlaybookPlanner().Plan(Request(AsOfAfter(81), [History("UP", Uptrend), History("UP", Downtrend)]));

        outcome.Playbook.ShouldBeNull();
        outcome.Problem.ShouldBe("the request has 2 histories for CSV:UP");
    }

    [Fact]
    public void The_same_request_gives_the_same_playbook()
    {
        var request = Request(AsOfAfter(81), [History("UP", Uptrend, position: 3m), History("DOWN", Downtrend), History("DIP", Steps(81, 0.2m, -0.3m))]);

        ShouldBeSameAs(Plan(request), Plan(request));
    }

    [Fact]
    public void Bars_after_the_planning_time_change_nothing()
    {
        var asOf = AsOfAfter(70);
        var future = Uptrend.Select((c, i) => i < 70 ? c : c * 3).ToArray();
        var cut = Plan(Request(asOf, [History("UP", Uptrend[..70]), History("DOWN", Downtrend[..70])]));
        var withFuture = Plan(Request(asOf, [History("UP", Uptrend), History("DOWN", Downtrend)]));
        var withWildFuture = Plan(Request(asOf, [History("UP", future), History("DOWN", Downtrend)]));

        ShouldBeSameAs(withFuture, cut);
        ShouldBeSameAs(withWildFuture, cut);
        cut.Scenarios.ShouldNotBeEmpty();
    }

    [Fact]
    public void Cancellation_is_honoured()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Should.Throw<OperationCanceledException>(() => new RulesPlaybookPlanner().PlanAsync(Request(AsOfAfter(81), []), cancelled.Token));
    }
}
