using Ouroboros.Ai.Decisions;

namespace Ouroboros.Ai.Tests.Decisions;

/// <summary>The normalised decision as compact JSON.</summary>
public sealed class DecisionJsonTests
{
    [Fact]
    public void A_full_decision_is_written_with_upper_case_action_and_every_optional_field()
    {
        var d = DecisionParser.Parse("""{"action":"buy","confidence":85,"rationale":"코스피 강세","size":"25%","tp":37500,"sl":"3%","horizon":"3d"}""");

        DecisionJson.Write(d).ShouldBe(
            """{"action":"BUY","confidence":85,"rationale":"코스피 강세","valid":true,"reason":null,"size":0.25,"take_profit":37500,"stop_loss":"3%","horizon":"3d"}""");
    }

    [Fact]
    public void An_invalid_decision_is_written_as_a_hold_with_its_reason_and_no_optional_fields() =>
        DecisionJson.Write(DecisionParser.Parse("BUY BUY BUY")).ShouldBe(
            """{"action":"HOLD","confidence":0,"rationale":"","valid":false,"reason":"no JSON object with an action found"}""");
}
