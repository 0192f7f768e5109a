using Ouroboros.Strategies.Scenarios;

namespace Ouroboros.Strategies.Tests.Scenarios;

public sealed class ConditionParserTests
{
    private static ConditionNode Parse(string text) =>
        ConditionParser.Parse(text, out var error) ?? throw new InvalidOperationException(error!.Message);

    private static ConditionError Error(string text)
    {
        var errors = new List<ConditionError>();
        ConditionBinder.Bind(text, errors).ShouldBeNull();
        return errors.ShouldHaveSingleItem();
    }

    [Fact]
    public void And_binds_tighter_than_or() =>
        Parse("close > 1 || close > 2 && close > 3").ToString().ShouldBe("(close > 1 || (close > 2 && close > 3))");

    [Fact]
    public void Parentheses_override_precedence() =>
        Parse("(close > 1 || close > 2) && close > 3").ToString().ShouldBe("((close > 1 || close > 2) && close > 3)");

    [Fact]
    public void Operators_of_equal_precedence_associate_to_the_left() =>
        Parse("close > 1 && close > 2 && close > 3").ToString().ShouldBe("((close > 1 && close > 2) && close > 3)");

    [Fact]
    public void Keywords_mean_the_same_as_symbols_and_are_case_insensitive() =>
        Parse("NOT close > 1 And rsi14 < 30 or SMA20 >= -2.5").ToString()
            .ShouldBe(Parse("!close > 1 && rsi14 < 30 || sma20 >= -2.5").ToString());

    [Fact]
    public void Not_applies_to_the_comparison_or_parenthesis_that_follows() =>
        Parse("!(close > 1 || open < 2) && low != 3").ToString().ShouldBe("(!(close > 1 || open < 2) && low != 3)");

    [Fact]
    public void The_playbook_example_parses_into_a_conjunction_of_comparisons() =>
        Parse("rsi14 < 30 && volume_ratio > 2 && close > sma20").ToString()
            .ShouldBe("((rsi14 < 30 && volume_ratio > 2) && close > sma20)");

    [Fact]
    public void A_number_running_into_letters_is_an_error() =>
        Error("close > 1e5").Message.ShouldBe("a name must start with a letter, not '1' at 9");

    [Fact]
    public void Decimal_and_negative_numbers_are_read_exactly() =>
        Parse("change_pct > -2.75 && range_pct < .5").ToString().ShouldBe("(change_pct > -2.75 && range_pct < 0.5)");

    [Fact]
    public void A_missing_operand_names_the_operator_and_its_position() =>
        Error("rsi14 < ").Message.ShouldStartWith("expected a number or identifier after '<' at 7");

    [Fact]
    public void A_single_equals_sign_suggests_the_double_one()
    {
        var error = Error("close = 3");
        error.Position.ShouldBe(7);
        error.Message.ShouldContain("use '=='");
    }

    [Fact]
    public void An_unclosed_parenthesis_is_reported_where_the_close_was_expected()
    {
        var error = Error("(close > 1");
        error.Position.ShouldBe(11);
        error.Message.ShouldBe("expected ')' to close '(' at 1, found 'end of condition' at 11");
    }

    [Fact]
    public void An_unmatched_closing_parenthesis_is_an_error() =>
        Error("close > 1)").Message.ShouldBe("unmatched ')' at 10");

    [Fact]
    public void Two_operands_without_an_operator_are_an_error() =>
        Error("close 1").Message.ShouldStartWith("expected a comparison (<, <=, >, >=, ==, !=) after 'close', found '1' at 7");

    [Fact]
    public void A_bare_name_without_a_comparison_is_an_error() =>
        Error("close > 1 && open").Position.ShouldBe(18);

    [Fact]
    public void An_empty_condition_is_an_error() => Error("   ").Message.ShouldBe("the condition is empty");

    [Fact]
    public void An_unknown_indicator_is_reported_with_its_position_and_the_known_names()
    {
        var error = Error("close > 1 && rsx14 < 30");
        error.Position.ShouldBe(14);
        error.Message.ShouldStartWith("unknown indicator 'rsx14' at 14; known: open, high, low, close, volume, change_pct, range_pct, sma<N>");
        error.Message.ShouldContain("rsi<N>");
    }

    [Fact]
    public void An_indicator_without_a_period_asks_for_one() =>
        Error("rsi < 30").Message.ShouldStartWith("indicator 'rsi' needs a period, e.g. rsi14 at 1");

    [Fact]
    public void An_invalid_period_is_an_error() => Error("sma0 > 1").Message.ShouldContain("invalid period in 'sma0'");

    [Fact]
    public void Names_with_an_underscore_or_a_default_period_share_the_indicator_slot()
    {
        var bound = ConditionBinder.Bind("rsi_14 > 1 && rsi14 > 2 && volume_ratio > 1 && volume_ratio20 > 1 && volume_ratio5 > 1");
        var layout = new SnapshotLayout([bound]);
        layout.Indicators.Select(s => s.Text).ShouldBe(["rsi:14", "volratio:20", "volratio:5"]);
        layout.SlotOf(bound.ValueOf("rsi_14")).ShouldBe(layout.SlotOf(bound.ValueOf("rsi14")));
        layout.SlotOf(bound.ValueOf("volume_ratio")).ShouldBe(layout.SlotOf(bound.ValueOf("volume_ratio20")));
    }

    [Fact]
    public void Every_unknown_name_of_a_condition_is_reported()
    {
        var errors = new List<ConditionError>();
        ConditionBinder.Bind("foo > 1 && rsi14 < 30 && bar9 < close", errors).ShouldBeNull();
        errors.Select(e => e.Position).ShouldBe([1, 26]);
    }
}
