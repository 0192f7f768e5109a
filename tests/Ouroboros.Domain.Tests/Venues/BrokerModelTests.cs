using FsCheck;
using FsCheck.Fluent;
using Ouroboros.Domain.Venues;
using Ouroboros.Domain.Instruments;
using Ouroboros.Domain.Orders;

namespace Ouroboros.Domain.Tests.Venues;

/// <summary>Broker models per venue and the largest affordable quantity, commission included.</summary>
public sealed class BrokerModelTests
{
    private static readonly Config Quick = Config.QuickThrowOnFailure.WithMaxTest(1_000);

    [Theory]
    [InlineData(Venue.Krx, "krx", typeof(KrxFeeModel), typeof(TickSlippage))]
    [InlineData(Venue.Us, "us", typeof(UsFeeModel), typeof(TickSlippage))]
    [InlineData(Venue.Bybit, "bybit", typeof(BybitFeeModel), typeof(BasisPointSlippage))]
    [InlineData(Venue.Generic, "generic", typeof(PercentFeeModel), typeof(NoSlippage))]
    public void Each_venue_gets_its_own_fees_and_slippage(Venue venue, string name, Type fees, Type slippage)
    {
        var model = VenueRules.Model(venue, null);

        model.Name.ShouldBe(name);
        model.Fees.ShouldBeOfType(fees);
        model.Slippage.ShouldBeOfType(slippage);
    }

    [Fact]
    public void A_commission_rate_given_for_a_venue_replaces_its_default()
    {
        ((KrxFeeModel)VenueRules.Model(Venue.Krx, 0.0001m).Fees).CommissionRate.ShouldBe(0.0001m);
        ((UsFeeModel)VenueRules.Model(Venue.Us, 0.001m).Fees).CommissionRate.ShouldBe(0.001m);
        ((BybitFeeModel)VenueRules.Model(Venue.Bybit, 0.00055m).Fees).TakerRate.ShouldBe(0.00055m);
        ((PercentFeeModel)VenueRules.Model(Venue.Generic, 0.002m).Fees).Rate.ShouldBe(0.002m);
        ((PercentFeeModel)VenueRules.Model(Venue.Generic, null).Fees).Rate.ShouldBe(0m);
    }

    [Fact]
    public void Nothing_is_affordable_without_cash_or_without_a_price()
    {
        var model = UsVenue.Model();
        var aapl = UsVenue.Equity("AAPL");

        model.MaxAffordableQuantity(aapl, OrderSide.Buy, 0m, 100m).ShouldBe(0m);
        model.MaxAffordableQuantity(aapl, OrderSide.Buy, -5m, 100m).ShouldBe(0m);
        model.MaxAffordableQuantity(aapl, OrderSide.Buy, 1_000m, 0m).ShouldBe(0m);
        model.MaxAffordableQuantity(aapl, OrderSide.Buy, 99.99m, 100m).ShouldBe(0m);
    }

    [Fact]
    public void The_commission_is_included_in_what_cash_affords()
    {
        // 10 × 100 = 1,000 plus 2.50 commission exceeds 1,000; 9 shares cost 902.25.
        UsVenue.Model().MaxAffordableQuantity(UsVenue.Equity("AAPL"), OrderSide.Buy, 1_000m, 100m).ShouldBe(9m);
    }

    public static TheoryData<string> Venues => ["krx-stock", "krx-etf", "us", "bybit", "generic"];

    [Theory]
    [MemberData(nameof(Venues))]
    public void Max_affordable_quantity_is_a_whole_lot_whose_cost_with_commission_fits_the_cash(string venue)
    {
        var (instrument, model, cash, price) = Case(venue);
        Check.One(Quick, Prop.ForAll(cash.ToArbitrary(), price.ToArbitrary(), (c, p) =>
        {
            var q = model.MaxAffordableQuantity(instrument, OrderSide.Buy, c, p);
            if (q == 0) return;
            q.ShouldBeGreaterThan(0m);
            instrument.IsValidQuantity(q).ShouldBeTrue($"{q} is not a whole lot");
            Cost(model, instrument, q, p).ShouldBeLessThanOrEqualTo(c, $"{q} at {p} costs more than {c}");
        }));
    }

    [Theory]
    [MemberData(nameof(Venues))]
    public void Max_affordable_quantity_is_the_largest_so_one_more_lot_would_exceed_the_cash(string venue)
    {
        var (instrument, model, cash, price) = Case(venue);
        Check.One(Quick, Prop.ForAll(cash.ToArbitrary(), price.ToArbitrary(), (c, p) =>
        {
            var q = model.MaxAffordableQuantity(instrument, OrderSide.Buy, c, p);
            var next = q == 0 ? Math.Max(instrument.MinQuantity, instrument.QuantityStep) : q + instrument.QuantityStep;
            Cost(model, instrument, next, p).ShouldBeGreaterThan(c, $"{next} at {p} also fits into {c}, but the answer was {q}");
        }));
    }

    [Fact]
    public void Us_cash_of_119_999_50_affords_1_197_shares_at_100()
    {
        var aapl = UsVenue.Equity("AAPL");

        UsVenue.Model().MaxAffordableQuantity(aapl, OrderSide.Buy, 119_999.50m, 100m).ShouldBe(1_197m);
    }

    private static decimal Cost(VenueModel model, Instrument instrument, decimal quantity, decimal price) =>
        quantity * price + model.Fees.Fee(instrument, OrderSide.Buy, quantity, price, Liquidity.Taker);

    private static (Instrument, VenueModel, Gen<decimal> Cash, Gen<decimal> Price) Case(string venue) => venue switch
    {
        "krx-stock" => (KrxVenue.Stock("005930"), KrxVenue.Model(),
            Gen.Choose(1, int.MaxValue).Select(w => (decimal)w), Gen.Choose(1, 2_000_000).Select(w => KrxStockTickSize.Instance.Floor(w))),
        "krx-etf" => (KrxVenue.Etf("069500"), KrxVenue.Model(0.003m),
            Gen.Choose(1, int.MaxValue).Select(w => (decimal)w), Gen.Choose(1, 200_000).Select(w => w * 5m)),
        "us" => (UsVenue.Equity("AAPL"), UsVenue.Model(),
            Gen.Choose(1, int.MaxValue).Select(c => c / 100m), Gen.Choose(1, 10_000_000).Select(c => c / 100m)),
        "bybit" => (VenueRules.Instrument(Venue.Bybit, "BTCUSDT"), BybitVenue.Model(),
            Gen.Choose(1, int.MaxValue).Select(c => c / 100m), Gen.Choose(1, 10_000_000).Select(c => c / 100m)),
        _ => (GenericVenue.Instrument("SPY"), GenericVenue.Model(0.05m),
            Gen.Choose(1, int.MaxValue).Select(c => c / 100m), Gen.Choose(1, 10_000_000).Select(c => c / 100m)),
    };
}
