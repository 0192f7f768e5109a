using Ouroboros.Domain.Orders;
using Ouroboros.Risk.Engine;
using Ouroboros.Risk.Tests.Support;

namespace Ouroboros.Risk.Tests.Engine;

/// <summary>Verdict values and what counts as an entry.</summary>
public sealed class RiskVerdictTests
{
    [Fact]
    public void Approved_has_no_gate_or_reason()
    {
        RiskVerdict.Approved.IsApproved.ShouldBeTrue();
        RiskVerdict.Approved.Gate.ShouldBeNull();
        RiskVerdict.Approved.Reason.ShouldBeNull();
        RiskVerdict.Approved.ToString().ShouldBe("Approved");
    }

    [Fact]
    public void A_denial_names_the_gate_and_the_reason()
    {
        var verdict = RiskVerdict.Denied("fat_finger", "too big");

        verdict.IsApproved.ShouldBeFalse();
        verdict.Gate.ShouldBe("fat_finger");
        verdict.Reason.ShouldBe("too big");
        verdict.ToString().ShouldBe("Denied by fat_finger: too big");
    }

    [Theory]
    [InlineData("", "reason")]
    [InlineData(" ", "reason")]
    [InlineData("gate", "")]
    [InlineData("gate", "  ")]
    public void A_denial_needs_a_gate_and_a_reason(string gate, string reason) =>
        Should.Throw<ArgumentException>(() => RiskVerdict.Denied(gate, reason));

    [Fact]
    public void A_denial_rejects_null_gate_or_reason()
    {
        Should.Throw<ArgumentNullException>(() => RiskVerdict.Denied(null!, "reason"));
        Should.Throw<ArgumentNullException>(() => RiskVerdict.Denied("gate", null!));
    }

    [Theory]
    [InlineData(OrderSide.Buy, 0, true)]
    [InlineData(OrderSide.Buy, 10, true)]
    [InlineData(OrderSide.Buy, -10, false)]
    [InlineData(OrderSide.Sell, 0, true)]
    [InlineData(OrderSide.Sell, -10, true)]
    [InlineData(OrderSide.Sell, 10, false)]
    public void An_order_is_an_entry_when_it_opens_or_adds_to_exposure(OrderSide side, int position, bool entry) =>
        Checks.Of(side, position).IsEntry.ShouldBe(entry);

    [Fact]
    public void A_sell_larger_than_the_long_position_is_an_entry_for_the_excess() =>
        Checks.Of(OrderSide.Sell, position: 10m, quantity: 1_000m).IsEntry.ShouldBeTrue();
}
