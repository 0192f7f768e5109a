using Ouroboros.Ai.Decisions;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Ai.Tests.Playbooks;

public sealed class BatchDecisionParserTests
{
    private static readonly InstrumentId Samsung = new("KRX:005930");
    private static readonly InstrumentId Kodex = new("KRX:069500");
    private static readonly InstrumentId Spy = new("US:SPY");
    private static readonly InstrumentId[] Universe = [Samsung, Kodex, Spy];

    [Fact]
    public void Each_decision_is_read_with_the_single_decision_rules_and_unmentioned_instruments_are_held()
    {
        var raw = """
            ```json
            {"decisions":[
              {"symbol":"005930","action":"BUY","confidence":"91%","rationale":"breakout","size":25,"take_profit":75000,"stop_loss":"3%","horizon":"3d"},
              {"symbol":"krx:069500","action":"SELL","confidence":60,"rationale":"weak"},
            ]}
            ```
            """;
        var result = BatchDecisionParser.Parse(raw, Universe, minConfidence: 80);

        result.Decisions.Select(d => d.Instrument).ShouldBe(Universe);
        var buy = result.For(Samsung);
        buy.Action.ShouldBe(DecisionAction.Buy);
        buy.Confidence.ShouldBe(91);
        buy.Size.ShouldBe(0.25m);
        buy.StopLoss.ShouldBe(PriceLevel.Percent(3));
        var sell = result.For(Kodex);
        sell.Action.ShouldBe(DecisionAction.Hold);
        sell.Valid.ShouldBeTrue();
        sell.Reason.ShouldNotBeNull().ShouldContain("below threshold 80");
        var spy = result.For(Spy);
        spy.Action.ShouldBe(DecisionAction.Hold);
        spy.Reason.ShouldBe("not mentioned in the answer");
        result.Problems.ShouldBeEmpty();
    }

    [Fact]
    public void A_bare_array_and_an_object_keyed_by_symbol_are_both_understood()
    {
        BatchDecisionParser.Parse("""[{"ticker":"SPY","action":"buy","confidence":95}]""", Universe).For(Spy).Action.ShouldBe(DecisionAction.Buy);
        BatchDecisionParser.Parse("""{"SPY":{"action":"sell","confidence":95},"005930":{"action":"hold","confidence":50}}""", Universe)
            .For(Spy).Action.ShouldBe(DecisionAction.Sell);
    }

    [Fact]
    public void Unknown_symbols_are_problems_and_conflicting_decisions_for_one_instrument_become_hold()
    {
        var raw = """{"decisions":[{"symbol":"TSLA","action":"BUY","confidence":99},{"symbol":"SPY","action":"BUY","confidence":99},{"symbol":"US:SPY","action":"SELL","confidence":99}]}""";
        var result = BatchDecisionParser.Parse(raw, Universe);

        result.Problems.ShouldContain(p => p.Contains("unknown symbol 'TSLA'", StringComparison.Ordinal));
        result.For(Spy).Action.ShouldBe(DecisionAction.Hold);
        result.For(Spy).Valid.ShouldBeFalse();
        result.For(Spy).Reason.ShouldNotBeNull().ShouldContain("conflicting");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("no idea")]
    [InlineData("{\"foo\": 1}")]
    public void An_unusable_answer_holds_every_instrument_with_the_reason(string? raw)
    {
        var result = BatchDecisionParser.Parse(raw, Universe);
        result.Decisions.Count.ShouldBe(3);
        result.Decisions.ShouldAllBe(d => d.Decision.Action == DecisionAction.Hold && !d.Decision.Valid && d.Decision.Reason != null);
        result.Problems.ShouldNotBeEmpty();
    }
}
