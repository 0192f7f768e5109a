using Ouroboros.Domain.Playbooks;
using Ouroboros.Domain.Intents;
using Ouroboros.Domain.Primitives;
using Ouroboros.Strategies.Scenarios;

namespace Ouroboros.Strategies.Tests.Scenarios;

public sealed class PlaybookValidatorTests
{
    private static readonly InstrumentId Spy = new("US:SPY");
    private static readonly InstrumentId Qqq = new("US:QQQ");

    private static ScenarioDefinition Scenario(string id, string condition, InstrumentId? instrument = null) =>
        new(id, instrument ?? Spy, condition, IntentAction.Buy);

    [Fact]
    public void A_valid_playbook_has_no_errors_and_a_bound_condition_per_scenario()
    {
        var errors = PlaybookValidator.Validate(
            [Scenario("dip", "rsi14 < 30 && volume_ratio > 2 && close > sma20"), Scenario("trend", "ema50 > sma200", Qqq)], 10, out var bound);
        errors.ShouldBeEmpty();
        bound.ShouldAllBe(b => b != null);
    }

    [Fact]
    public void Every_problem_of_every_scenario_is_reported_at_once()
    {
        ScenarioDefinition[] playbook =
        [
            Scenario("a", "rsx14 < 30 && foo > 1"),
            Scenario("a", "close >"),
            new("c", Spy, "close > 1", IntentAction.Close, Confidence: 1.5, Allocation: 2m, StopLoss: 0m),
            new("d", Qqq, "close > 1", IntentAction.Sell, StopLoss: 90m, TakeProfit: 100m),
            Scenario("e", "close > 2", Qqq),
        ];
        var errors = PlaybookValidator.Validate(playbook, maxPerInstrument: 1, out _).Select(e => e.ToString()).ToArray();
        errors.Length.ShouldBe(11);
        errors[0].ShouldStartWith("scenario 'a': unknown indicator 'rsx14' at 1; known:");
        errors[1].ShouldStartWith("scenario 'a': unknown field or indicator 'foo' at 15;");
        errors.ShouldContain("scenario 'a': the id is used by another scenario");
        errors.ShouldContain("scenario 'a': US:SPY has more than 1 scenarios");
        errors.ShouldContain(e => e.StartsWith("scenario 'a': expected a number or identifier after '>' at 7", StringComparison.Ordinal));
        errors.ShouldContain("scenario 'c': action must be BUY or SELL, not Close");
        errors.ShouldContain("scenario 'c': confidence must be between 0 and 1, not 1.5");
        errors.ShouldContain("scenario 'c': allocation must be a fraction of equity in (0, 1], not 2");
        errors.ShouldContain("scenario 'c': stop loss must be a positive price, not 0");
        errors.ShouldContain("scenario 'd': stop loss 90 is on the wrong side of take profit 100 for a Sell");
        errors.ShouldContain("scenario 'e': US:QQQ has more than 1 scenarios");
    }

    [Fact]
    public void The_engine_refuses_an_invalid_playbook_naming_every_problem()
    {
        var e = Should.Throw<ArgumentException>(() => new ScenarioEngine([Scenario("x", "rsx14 < 30"), Scenario("", "close > 1")]));
        e.Message.ShouldContain("scenario 'x': unknown indicator 'rsx14'");
        e.Message.ShouldContain("scenario '#2': the id is empty");
    }
}
