using Ouroboros.Domain.Venues;
using Ouroboros.Domain.Instruments;
using Ouroboros.Domain.Intents;
using Ouroboros.Domain.Orders;
using static Ouroboros.Core.Tests.Sizing.SizerCase;

namespace Ouroboros.Core.Tests.Sizing;

/// <summary>Buys: every size spec becomes whole lots that the cash can pay for, commission included.</summary>
public sealed class PositionSizerBuyTests
{
    [Fact]
    public void All_in_buys_the_most_the_cash_affords_and_carries_the_cash_amount()
    {
        // 100 shares cost 10,010 with the commission; 99 cost 9,909.90.
        var sized = Size(IntentAction.Buy, new SizeSpec.AllIn());

        sized.Side.ShouldBe(OrderSide.Buy);
        sized.Quantity.ShouldBe(99m);
        sized.CashAmount.ShouldBe(10_000m);
        sized.IsSkipped.ShouldBeFalse();
    }

    [Fact]
    public void Fixed_quantity_buys_that_many_whole_lots() =>
        Size(IntentAction.Buy, new SizeSpec.FixedQuantity(12.7m)).Quantity.ShouldBe(12m);

    [Fact]
    public void Fixed_quantity_respects_a_fractional_lot_step() =>
        Size(IntentAction.Buy, new SizeSpec.FixedQuantity(0.1234567m), price: 60_000m, instrument: VenueRules.Instrument(Venue.Bybit, "BTCUSDT"),
            model: BybitVenue.Model()).Quantity.ShouldBe(0.123456m);

    [Fact]
    public void Fixed_quantity_buys_are_capped_by_what_the_cash_affords() =>
        Size(IntentAction.Buy, new SizeSpec.FixedQuantity(500m), cash: 10_000m).Quantity.ShouldBe(99m);

    [Fact]
    public void Fixed_cash_buys_what_the_amount_affords_commission_included() =>
        Size(IntentAction.Buy, new SizeSpec.FixedCash(5_000m)).Quantity.ShouldBe(49m);

    [Fact]
    public void Fixed_cash_is_capped_by_the_available_cash() =>
        Size(IntentAction.Buy, new SizeSpec.FixedCash(50_000m), cash: 2_000m).Quantity.ShouldBe(19m);

    [Fact]
    public void Percent_of_equity_buys_that_share_of_equity() =>
        Size(IntentAction.Buy, new SizeSpec.PercentOfEquity(0.25m), cash: 100_000m, equity: 40_000m).Quantity.ShouldBe(99m);

    [Fact]
    public void Percent_of_equity_is_capped_by_the_available_cash() =>
        Size(IntentAction.Buy, new SizeSpec.PercentOfEquity(1m), cash: 3_000m, equity: 40_000m).Quantity.ShouldBe(29m);

    [Fact]
    public void Atr_risk_buys_equity_times_risk_over_k_times_atr()
    {
        // 100,000 × 1% / (2 × 1.5) = 333.3 → 333 shares at 20 = 6,660 (+ 6.66), well within the cash.
        var sized = Size(IntentAction.Buy, new SizeSpec.AtrRisk(0.01m, 2m, 1.5m), price: 20m, cash: 100_000m, equity: 100_000m);

        sized.Quantity.ShouldBe(333m);
        sized.CashAmount.ShouldBeNull();
    }

    [Fact]
    public void Atr_risk_is_capped_by_what_the_cash_affords() =>
        Size(IntentAction.Buy, new SizeSpec.AtrRisk(0.01m, 2m, 1.5m), price: 20m, cash: 5_000m, equity: 100_000m).Quantity.ShouldBe(249m);

    [Fact]
    public void Target_quantity_on_a_buy_is_a_quantity_of_whole_lots() =>
        Size(IntentAction.Buy, new SizeSpec.TargetQuantity(7.9m)).Quantity.ShouldBe(7m);

    [Fact]
    public void A_buy_that_rounds_to_zero_lots_is_skipped_with_the_price_and_cash()
    {
        var sized = Size(IntentAction.Buy, new SizeSpec.FixedCash(50m));

        sized.IsSkipped.ShouldBeTrue();
        sized.SkipReason.ShouldBe("size rounds to zero lots at 100 with cash 10000");
    }

    [Fact]
    public void All_in_with_too_little_cash_for_one_lot_is_skipped() =>
        Size(IntentAction.Buy, new SizeSpec.AllIn(), cash: 100m).SkipReason.ShouldBe("cash 100 buys no whole lot at 100");

    [Fact]
    public void A_fixed_quantity_below_the_minimum_lot_is_skipped() =>
        Size(IntentAction.Buy, new SizeSpec.FixedQuantity(0.5m)).SkipReason.ShouldBe("size rounds to zero lots at 100 with cash 10000");

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Without_a_price_the_sizer_refuses_with_data_missing(int price) =>
        Size(IntentAction.Buy, new SizeSpec.AllIn(), price: price).SkipReason.ShouldBe("data missing: no price to size the order");

    [Fact]
    public void Sizing_with_the_venue_model_includes_that_venue_s_fees()
    {
        // KRX: 1,000,000 won at 70,000 buys 14 shares (980,000 + 147 commission).
        var sized = Size(IntentAction.Buy, new SizeSpec.AllIn(), price: 70_000m, cash: 1_000_000m, instrument: KrxVenue.Stock("005930"),
            model: KrxVenue.Model());

        sized.Quantity.ShouldBe(14m);
    }
}
