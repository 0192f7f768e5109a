using Ouroboros.Ai.Decisions;

namespace Ouroboros.Ai.Tests.Decisions;

/// <summary>Strict about meaning: what each value means, and what is refused rather than guessed.</summary>
public sealed class DecisionParserMeaningTests
{
    private static LlmDecision Parse(string action, string confidence = "90", string extra = "") =>
        DecisionParser.Parse($$"""{"action":{{action}},"confidence":{{confidence}}{{extra}}}""", minConfidence: 0);

    [Theory]
    [InlineData("\"BUY\"", DecisionAction.Buy)]
    [InlineData("\"long\"", DecisionAction.Buy)]
    [InlineData("\"Go_Long\"", DecisionAction.Buy)]
    [InlineData("\"sell\"", DecisionAction.Sell)]
    [InlineData("\"SHORT\"", DecisionAction.Sell)]
    [InlineData("\"hold\"", DecisionAction.Hold)]
    [InlineData("\"WAIT\"", DecisionAction.Hold)]
    [InlineData("\"none\"", DecisionAction.Hold)]
    [InlineData("\"Neutral\"", DecisionAction.Hold)]
    [InlineData("\"no action\"", DecisionAction.Hold)]
    public void Action_words_and_their_synonyms_map_to_the_three_actions(string action, DecisionAction expected)
    {
        var d = Parse(action);

        d.Valid.ShouldBeTrue(d.Reason);
        d.Action.ShouldBe(expected);
    }

    [Theory]
    [InlineData("\"CLOSE\"", "ambiguous")]
    [InlineData("\"exit\"", "ambiguous")]
    [InlineData("\"BUY NOW\"", "not BUY, SELL or HOLD")]
    [InlineData("\"\"", "not BUY, SELL or HOLD")]
    [InlineData("1", "not a word")]
    [InlineData("true", "not a word")]
    [InlineData("null", "not a word")]
    [InlineData("[\"BUY\"]", "not a word")]
    public void Ambiguous_or_unknown_actions_are_invalid_holds(string action, string reason)
    {
        var d = Parse(action);

        d.ShouldSatisfyAllConditions(
            () => d.Valid.ShouldBeFalse(),
            () => d.Action.ShouldBe(DecisionAction.Hold),
            () => d.Confidence.ShouldBe(0),
            () => d.Reason.ShouldNotBeNull().ShouldContain(reason));
    }

    [Theory]
    [InlineData("85", 85)]
    [InlineData("0", 0)]
    [InlineData("100", 100)]
    [InlineData("1", 1)]
    [InlineData("0.855", 86)]
    [InlineData("\"0.5%\"", 1)]
    [InlineData("84.5", 85)]
    [InlineData("\" 72 % \"", 72)]
    [InlineData("8.5e1", 85)]
    public void Confidence_is_read_on_the_0_to_100_scale(string confidence, int expected) =>
        Parse("\"BUY\"", confidence).Confidence.ShouldBe(expected);

    [Theory]
    [InlineData("\"high\"")]
    [InlineData("101")]
    [InlineData("-5")]
    [InlineData("\"150%\"")]
    [InlineData("\"NaN\"")]
    [InlineData("\"Infinity\"")]
    [InlineData("1e400")]
    [InlineData("null")]
    [InlineData("{\"value\":85}")]
    public void Unusable_confidence_makes_the_decision_an_invalid_hold(string confidence)
    {
        var d = Parse("\"BUY\"", confidence);

        d.Valid.ShouldBeFalse();
        d.Action.ShouldBe(DecisionAction.Hold);
        d.Confidence.ShouldBe(0);
        d.Reason.ShouldNotBeNull().ShouldContain("confidence");
    }

    [Fact]
    public void A_decision_without_confidence_is_an_invalid_hold() =>
        DecisionParser.Parse("""{"action":"BUY"}""").Reason.ShouldBe("confidence missing");

    [Theory]
    [InlineData("0.25", 0.25)]
    [InlineData("\"25%\"", 0.25)]
    [InlineData("25", 0.25)]
    [InlineData("\"25\"", 0.25)]
    [InlineData("1", 1.0)]
    [InlineData("\"100%\"", 1.0)]
    public void Size_is_a_fraction_of_equity_and_a_bare_number_above_one_is_a_percentage(string size, double expected) =>
        Parse("\"BUY\"", extra: $",\"size\":{size}").Size.ShouldBe((decimal)expected);

    [Theory]
    [InlineData("0")]
    [InlineData("-0.5")]
    [InlineData("250")]
    [InlineData("\"150%\"")]
    [InlineData("\"all in\"")]
    public void A_zero_or_meaningless_size_is_dropped_without_invalidating_the_decision(string size)
    {
        var d = Parse("\"BUY\"", extra: $",\"size\":{size}");

        d.Valid.ShouldBeTrue();
        d.Action.ShouldBe(DecisionAction.Buy);
        d.Size.ShouldBeNull();
    }

    [Fact]
    public void Levels_are_prices_unless_written_as_percentages()
    {
        var d = Parse("\"BUY\"", extra: ",\"take_profit\":37500,\"stop_loss\":\"-3%\",\"horizon\":\"3d\"");

        d.TakeProfit.ShouldBe(PriceLevel.Price(37_500m));
        d.StopLoss.ShouldBe(PriceLevel.Percent(3m));
        d.Horizon.ShouldBe("3d");
    }

    [Theory]
    [InlineData("-100")]
    [InlineData("0")]
    [InlineData("\"150%\"")]
    [InlineData("\"soon\"")]
    public void Non_positive_or_unreadable_levels_are_ignored_with_a_note(string level)
    {
        var d = Parse("\"SELL\"", extra: $",\"sl\":{level}");

        d.Valid.ShouldBeTrue();
        d.StopLoss.ShouldBeNull();
        d.Reason.ShouldNotBeNull().ShouldContain("stop_loss");
    }

    [Fact]
    public void A_bare_number_read_as_a_percentage_is_noted_in_the_reason() =>
        Parse("\"BUY\"", extra: ",\"size\":25").Reason.ShouldBe("size '25' read as 25%");
}
