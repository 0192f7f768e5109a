using FsCheck;
using FsCheck.Fluent;
using Ouroboros.Domain.Intents;
using Ouroboros.Domain.Orders;
using static Ouroboros.Core.Tests.Sizing.SizerCase;

namespace Ouroboros.Core.Tests.Sizing;

/// <summary>Close, Sell and Rebalance: long/flat, sells never exceed the position.</summary>
public sealed class PositionSizerExitAndRebalanceTests
{
    [Fact]
    public void Close_sells_the_whole_long_position()
    {
        var sized = Size(IntentAction.Close, new SizeSpec.AllIn(), position: 37m);

        sized.Side.ShouldBe(OrderSide.Sell);
        sized.Quantity.ShouldBe(37m);
        sized.CashAmount.ShouldBeNull();
    }

    [Fact]
    public void Close_buys_back_a_short_position() =>
        Size(IntentAction.Close, new SizeSpec.AllIn(), position: -5m).ShouldBe(new Core.Sizing.SizedOrder(OrderSide.Buy, 5m, null, null));

    [Fact]
    public void Close_when_flat_is_skipped() => Size(IntentAction.Close, new SizeSpec.AllIn()).SkipReason.ShouldBe("no position to close");

    [Fact]
    public void Sell_with_a_quantity_sells_that_many_whole_lots() =>
        Size(IntentAction.Sell, new SizeSpec.FixedQuantity(10.5m), position: 37m).Quantity.ShouldBe(10m);

    [Fact]
    public void Sell_never_sells_more_than_the_position() =>
        Size(IntentAction.Sell, new SizeSpec.FixedQuantity(50m), position: 37m).Quantity.ShouldBe(37m);

    [Fact]
    public void Sell_without_a_quantity_sells_the_whole_position() =>
        Size(IntentAction.Sell, new SizeSpec.AllIn(), position: 37m).Quantity.ShouldBe(37m);

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void Sell_without_a_long_position_is_skipped_because_shorting_is_off(int position) =>
        Size(IntentAction.Sell, new SizeSpec.FixedQuantity(1m), position: position).SkipReason.ShouldBe("no long position to sell; short selling is not enabled");

    [Fact]
    public void Sell_of_less_than_one_lot_is_skipped() =>
        Size(IntentAction.Sell, new SizeSpec.FixedQuantity(0.4m), position: 37m).SkipReason.ShouldBe("sell size rounds to zero lots");

    [Fact]
    public void Rebalance_up_buys_the_difference_to_the_target() =>
        Size(IntentAction.Rebalance, new SizeSpec.TargetQuantity(50m), position: 20m).ShouldBe(new Core.Sizing.SizedOrder(OrderSide.Buy, 30m, null, null));

    [Fact]
    public void Rebalance_up_is_capped_by_what_the_cash_affords() =>
        Size(IntentAction.Rebalance, new SizeSpec.TargetQuantity(50m), position: 20m, cash: 1_000m).Quantity.ShouldBe(9m);

    [Fact]
    public void Rebalance_down_sells_the_difference() =>
        Size(IntentAction.Rebalance, new SizeSpec.TargetQuantity(5m), position: 20m).ShouldBe(new Core.Sizing.SizedOrder(OrderSide.Sell, 15m, null, null));

    [Fact]
    public void Rebalance_to_zero_sells_everything() =>
        Size(IntentAction.Rebalance, new SizeSpec.TargetQuantity(0m), position: 20m).Quantity.ShouldBe(20m);

    [Fact]
    public void Rebalance_to_a_percent_of_equity_targets_that_many_shares()
    {
        // 50% of 10,000 at 100 = 50 shares; holding 60 → sell 10.
        Size(IntentAction.Rebalance, new SizeSpec.PercentOfEquity(0.5m), position: 60m).ShouldBe(new Core.Sizing.SizedOrder(OrderSide.Sell, 10m, null, null));
    }

    [Fact]
    public void Rebalance_to_a_cash_amount_or_by_atr_risk_targets_that_many_shares()
    {
        Size(IntentAction.Rebalance, new SizeSpec.FixedCash(2_550m), position: 20m).Quantity.ShouldBe(5m);
        Size(IntentAction.Rebalance, new SizeSpec.AtrRisk(0.01m, 2m, 0.5m), position: 20m, equity: 10_000m).Quantity.ShouldBe(80m);
    }

    [Fact]
    public void Rebalance_already_at_target_is_skipped() =>
        Size(IntentAction.Rebalance, new SizeSpec.TargetQuantity(20m), position: 20m).SkipReason.ShouldBe("already at target");

    [Fact]
    public void Rebalance_from_a_short_buys_back_to_the_target() =>
        Size(IntentAction.Rebalance, new SizeSpec.TargetQuantity(0m), position: -5m).ShouldBe(new Core.Sizing.SizedOrder(OrderSide.Buy, 5m, null, null));

    [Fact]
    public void Rebalance_all_in_is_not_a_target() =>
        Size(IntentAction.Rebalance, new SizeSpec.AllIn(), position: 20m).SkipReason.ShouldNotBeNull().ShouldEndWith("cannot be a rebalance target");

    [Fact]
    public void Rebalance_up_without_cash_for_a_lot_is_skipped() =>
        Size(IntentAction.Rebalance, new SizeSpec.TargetQuantity(50m), position: 20m, cash: 50m).SkipReason.ShouldBe("cash 50 buys no whole lot at 100");

    private static readonly Gen<SizeSpec> Specs = Gen.OneOf(
        Gen.Constant<SizeSpec>(new SizeSpec.AllIn()),
        Gen.Choose(1, 100_000).Select(q => (SizeSpec)new SizeSpec.FixedQuantity(q / 100m)),
        Gen.Choose(1, 1_000_000).Select(c => (SizeSpec)new SizeSpec.FixedCash(c)),
        Gen.Choose(1, 100).Select(p => (SizeSpec)new SizeSpec.PercentOfEquity(p / 100m)),
        Gen.Choose(0, 100_000).Select(q => (SizeSpec)new SizeSpec.TargetQuantity(q / 100m)),
        Gen.Choose(1, 1_000).Select(a => (SizeSpec)new SizeSpec.AtrRisk(0.01m, 2m, a / 10m)));

    private static readonly Gen<(IntentAction Action, SizeSpec Spec, int Position, int Cents)> Cases =
        from action in Gen.Elements(IntentAction.Sell, IntentAction.Close, IntentAction.Rebalance)
        from spec in Specs
        from position in Gen.Choose(-500, 5_000)
        from cents in Gen.Choose(1, 100_000)
        select (action, spec, position, cents);

    [Fact]
    public void No_exit_or_rebalance_ever_sells_more_than_a_long_position_or_sells_from_flat_or_short() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(2_000), Prop.ForAll(Cases.ToArbitrary(), c =>
            {
                var (action, spec, position, cents) = c;
                var sized = Size(action, spec, position: position, price: cents / 100m, cash: 50_000m, equity: 80_000m);
                if (sized.IsSkipped || sized.Side == OrderSide.Buy) return;
                position.ShouldBeGreaterThan(0, $"{action} {spec} sold from a position of {position}");
                sized.Quantity.ShouldBeLessThanOrEqualTo(position);
                sized.Quantity.ShouldBeGreaterThan(0m);
                (sized.Quantity % 1m).ShouldBe(0m);
            }));
}
