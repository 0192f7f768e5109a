using Ouroboros.Ai.Decisions;

namespace Ouroboros.Ai.Tests.Decisions;

/// <summary>Forgiving about form: the same decision written the many ways models write it.</summary>
public sealed class DecisionParserFormTests
{
    public static TheoryData<string, string> Answers() => new()
    {
        { "plain JSON", """{"action":"BUY","confidence":85,"rationale":"trend"}""" },
        { "markdown fence", "```json\n{\"action\": \"BUY\", \"confidence\": 85, \"rationale\": \"trend\"}\n```" },
        { "fence without language", "```\n{\"action\": \"BUY\", \"confidence\": 85, \"rationale\": \"trend\"}\n```" },
        { "prose around", "Here's my view, don't worry:\n{\"action\": \"BUY\", \"confidence\": 85, \"rationale\": \"trend\"}\nGood luck!" },
        { "wrong case keys and value", """{"ACTION":"buy","Confidence":85,"Rationale":"trend"}""" },
        { "confidence as string", """{"action":"BUY","confidence":"85","rationale":"trend"}""" },
        { "confidence with percent", """{"action":"BUY","confidence":"85%","rationale":"trend"}""" },
        { "confidence as fraction", """{"action":"BUY","confidence":0.85,"rationale":"trend"}""" },
        { "confidence as fraction string", """{"action":"BUY","confidence":"0.85","rationale":"trend"}""" },
        { "trailing commas", "{\"action\":\"BUY\",\"confidence\":85,\"rationale\":\"trend\",}" },
        { "comments", "{\n// my call\n\"action\":\"BUY\", /* sure */ \"confidence\":85,\"rationale\":\"trend\"}" },
        { "single quotes", "{'action': 'BUY', 'confidence': 85, 'rationale': 'trend'}" },
        { "unquoted keys and values", "{action: BUY, confidence: 85%, rationale: 'trend'}" },
        { "aliases", """{"signal":"long","certainty":"85","reasoning":"trend"}""" },
        { "snake and kebab keys", """{"Trade_Action":"BUY","confidence-score":85,"explanation":"trend"}""" },
        { "wrapped in an outer object", """{"result":{"decision":"BUY","conf":85,"reason":"trend"}}""" },
        { "inside an array", """[{"action":"BUY","confidence":85,"rationale":"trend"}]""" },
        { "after an object without an action", """{"symbol":"BTCUSDT"} then {"action":"BUY","confidence":85,"rationale":"trend"}""" },
        { "padded action", """{"action":"  Buy ","confidence":85.4,"rationale":"trend"}""" },
    };

    [Theory]
    [MemberData(nameof(Answers))]
    public void Every_way_of_writing_a_confident_buy_is_read_as_one(string form, string raw)
    {
        var d = DecisionParser.Parse(raw);

        d.Valid.ShouldBeTrue($"{form}: {d.Reason}");
        d.Action.ShouldBe(DecisionAction.Buy, form);
        d.Confidence.ShouldBe(85, form);
        d.Rationale.ShouldBe("trend", form);
    }

    [Fact]
    public void Thousands_separated_and_dollar_prices_are_read_as_prices()
    {
        var d = DecisionParser.Parse("""{"action":"BUY","confidence":90,"tp":"$37,500","sl":"36,900.5"}""");

        d.TakeProfit.ShouldBe(PriceLevel.Price(37_500m));
        d.StopLoss.ShouldBe(PriceLevel.Price(36_900.5m));
    }

    [Fact]
    public void A_decimal_comma_is_not_mistaken_for_a_thousands_separator()
    {
        var d = DecisionParser.Parse("""{"action":"BUY","confidence":"0,85"}""");

        d.Valid.ShouldBeFalse();
        d.Action.ShouldBe(DecisionAction.Hold);
    }

    [Fact]
    public void Line_breaks_and_control_characters_in_the_rationale_are_flattened_and_stripped()
    {
        var d = DecisionParser.Parse("{\"action\":\"HOLD\",\"confidence\":50,\"rationale\":\"line one\\n\\tline\\u0007 two\\u202e\"}");

        d.Rationale.ShouldBe("line one line two");
    }

    [Fact]
    public void A_long_rationale_is_capped()
    {
        var d = DecisionParser.Parse($$"""{"action":"HOLD","confidence":50,"rationale":"{{new string('x', 10_000)}}"}""");

        d.Valid.ShouldBeTrue();
        d.Rationale.Length.ShouldBe(LlmDecision.MaxRationaleLength);
    }
}
