using Ouroboros.Domain.Intents;
using Ouroboros.Strategies.Planning;
using static Ouroboros.Strategies.Tests.Planning.Playbooks;
using static Ouroboros.Strategies.Tests.Scanning.ScanHistories;

namespace Ouroboros.Strategies.Tests.Planning;

public sealed class RulesDeciderTests
{
    [Fact]
    public void An_uptrend_whose_trend_condition_holds_on_the_last_bar_is_a_buy_with_the_templates_levels()
    {
        var decision = new RulesDecider().Decide(Request(AsOfAfter(81), [History("UP", Uptrend)])).ShouldHaveSingleItem();

        decision.Action.ShouldBe(IntentAction.Buy);
        decision.Rule.ShouldBe(ScenarioTemplates.Trend);
        decision.Confidence.ShouldBe(0.55);
        decision.Allocation.ShouldBe(0.10m);
        decision.StopLoss.ShouldNotBeNull().ShouldBeLessThan(Uptrend[^1]);
        decision.TakeProfit.ShouldNotBeNull().ShouldBeGreaterThan(Uptrend[^1]);
        decision.Rationale.ShouldStartWith("close > sma20 && sma20 > sma50 && rsi14 > 45 && rsi14 < 70 holds: trend following");
    }

    [Fact]
    public void A_held_position_in_a_downtrend_is_sold_before_any_entry_is_considered()
    {
        var decision = new RulesDecider().Decide(Request(AsOfAfter(81), [History("DOWN", Downtrend, position: 10m)])).ShouldHaveSingleItem();

        decision.Action.ShouldBe(IntentAction.Sell);
        decision.Rule.ShouldBe(ProtectiveScenarios.TrendBroken);
    }

    [Fact]
    public void A_flat_downtrend_holds_and_says_which_conditions_it_checked()
    {
        var closes = Oversold();

        var decision = new RulesDecider().Decide(Request(AsOfAfter(closes.Length), [History("DIP", closes)])).ShouldHaveSingleItem();

        decision.Action.ShouldBeNull();
        decision.Confidence.ShouldBe(0);
        decision.Rationale.ShouldBe("rules engine holds: no template's condition holds on the last bar (bounce: rsi14 < 40 && change_pct > 0.5 && close > open)");
    }

    [Fact]
    public void An_instrument_the_scanner_did_not_pick_holds_and_decisions_keep_the_request_order()
    {
        var decisions = new RulesDecider().Decide(Request(AsOfAfter(81), [History("SHORT", Uptrend[..10]), History("UP", Uptrend)]));

        decisions.Select(d => d.Instrument.Value).ShouldBe(["CSV:SHORT", "CSV:UP"]);
        decisions[0].Action.ShouldBeNull();
        decisions[0].Rationale.ShouldContain("not a scanner pick");
        decisions[1].Action.ShouldBe(IntentAction.Buy);
    }

    [Fact]
    public void Bars_after_the_decision_time_change_nothing()
    {
        var asOf = AsOfAfter(70);
        var future = Uptrend.Select((c, i) => i < 70 ? c : c / 3).ToArray();

        var cut = new RulesDecider().Decide(Request(asOf, [History("UP", Uptrend[..70])])).ShouldHaveSingleItem();
        var withFuture = new RulesDecider().Decide(Request(asOf, [History("UP", future)])).ShouldHaveSingleItem();

        withFuture.ShouldBe(cut);
    }
}
