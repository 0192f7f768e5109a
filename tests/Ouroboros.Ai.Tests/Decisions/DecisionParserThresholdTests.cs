using Ouroboros.Ai.Decisions;

namespace Ouroboros.Ai.Tests.Decisions;

/// <summary>An understood decision below the confidence threshold is not acted upon, and says so.</summary>
public sealed class DecisionParserThresholdTests
{
    [Fact]
    public void A_buy_below_the_default_threshold_of_80_becomes_a_valid_hold_that_keeps_its_confidence()
    {
        var d = DecisionParser.Parse("""{"action":"BUY","confidence":62,"size":0.5}""");

        d.ShouldSatisfyAllConditions(
            () => d.Valid.ShouldBeTrue(),
            () => d.Action.ShouldBe(DecisionAction.Hold),
            () => d.Confidence.ShouldBe(62),
            () => d.Reason.ShouldBe("confidence 62 below threshold 80; BUY not acted upon"));
    }

    [Theory]
    [InlineData(79, DecisionAction.Hold)]
    [InlineData(80, DecisionAction.Sell)]
    [InlineData(81, DecisionAction.Sell)]
    public void The_threshold_itself_is_enough_to_act(int confidence, DecisionAction expected) =>
        DecisionParser.Parse($$"""{"action":"SELL","confidence":{{confidence}}}""").Action.ShouldBe(expected);

    [Fact]
    public void The_threshold_can_be_lowered_or_raised_by_the_caller()
    {
        DecisionParser.Parse("""{"action":"BUY","confidence":62}""", minConfidence: 60).Action.ShouldBe(DecisionAction.Buy);
        DecisionParser.Parse("""{"action":"BUY","confidence":95}""", minConfidence: 100).Action.ShouldBe(DecisionAction.Hold);
    }

    [Fact]
    public void A_hold_below_the_threshold_is_simply_a_hold_with_nothing_to_report()
    {
        var d = DecisionParser.Parse("""{"action":"HOLD","confidence":30}""");

        d.Valid.ShouldBeTrue();
        d.Action.ShouldBe(DecisionAction.Hold);
        d.Reason.ShouldBeNull();
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    public void A_threshold_outside_0_to_100_is_a_programming_error(int threshold) =>
        Should.Throw<ArgumentOutOfRangeException>(() => DecisionParser.Parse("{}", threshold));
}
