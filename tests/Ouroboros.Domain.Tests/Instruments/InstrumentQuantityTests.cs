using Ouroboros.Domain.Venues;
using FsCheck;
using FsCheck.Fluent;
using Ouroboros.Domain.Instruments;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Domain.Tests.Instruments;

/// <summary>Whole-lot rounding: never up, always a multiple of the step, never below the minimum.</summary>
public sealed class InstrumentQuantityTests
{
    private static readonly Config Quick = Config.QuickThrowOnFailure.WithMaxTest(1_000);

    private static readonly Gen<Instrument> Instruments = Gen.Elements(
        KrxVenue.Stock("005930"),
        UsVenue.Equity("SPY"),
        BybitVenue.Spot("BTCUSDT", 0.01m, 0.000001m, 0.000048m),
        BybitVenue.Spot("ETHUSDT", 0.01m, 0.0001m, 0.001m),
        BybitVenue.Spot("LOTS", 0.0001m, 10m, 100m),
        new Instrument("HALF", Venue.Generic, AssetClass.Stock, Currency.USD, new FixedTickSize(0m), 0.5m, 2m));

    private static readonly Gen<decimal> Quantities = Gen.Frequency(
        (3, Gen.Choose(0, int.MaxValue).SelectMany(units => Gen.Choose(0, 12).Select(scale => new decimal(units, 0, 0, false, (byte)scale)))),
        (1, Gen.Choose(-1_000_000, 0).Select(units => units / 1_000m)));

    [Fact]
    public void Round_quantity_down_never_rounds_up_and_respects_lot_step_and_minimum() =>
        Check.One(Quick, Prop.ForAll(Instruments.ToArbitrary(), Quantities.ToArbitrary(), (instrument, quantity) =>
        {
            var rounded = instrument.RoundQuantityDown(quantity);
            rounded.ShouldBeGreaterThanOrEqualTo(0m);
            if (rounded == 0) return;
            rounded.ShouldBeLessThanOrEqualTo(quantity);
            (rounded % instrument.QuantityStep).ShouldBe(0m);
            rounded.ShouldBeGreaterThanOrEqualTo(instrument.MinQuantity);
            instrument.IsValidQuantity(rounded).ShouldBeTrue();
            // The largest such lot: one more step would exceed the quantity.
            (rounded + instrument.QuantityStep).ShouldBeGreaterThan(quantity);
        }));

    [Fact]
    public void Round_quantity_down_is_zero_when_the_quantity_is_below_the_minimum() =>
        Check.One(Quick, Prop.ForAll(Instruments.ToArbitrary(), Quantities.ToArbitrary(), (instrument, quantity) =>
            quantity >= instrument.MinQuantity || instrument.RoundQuantityDown(quantity) == 0m));

    [Theory]
    [InlineData(0.0000479, 0)]
    [InlineData(0.000048, 0.000048)]
    [InlineData(0.0000489, 0.000048)]
    [InlineData(1.2345678, 1.234567)]
    public void Bybit_quantities_are_floored_to_the_lot_step_above_the_minimum(double quantity, double expected) =>
        VenueRules.Instrument(Venue.Bybit, "BTCUSDT").RoundQuantityDown((decimal)quantity).ShouldBe((decimal)expected);

    [Theory]
    [InlineData(9.99, 9)]
    [InlineData(0.99, 0)]
    [InlineData(-3, 0)]
    [InlineData(0, 0)]
    public void Shares_are_rounded_down_to_whole_units(double quantity, int expected) =>
        KrxVenue.Stock("005930").RoundQuantityDown((decimal)quantity).ShouldBe(expected);

    [Fact]
    public void Round_quantity_down_never_rounds_up_even_when_the_division_is_inexact()
    {
        // 5.99...9 / 3 = 1.99...97 needs more digits than a decimal holds; the quotient must not round up to 3.
        var odd = new Instrument("ODD", Venue.Generic, AssetClass.Stock, Currency.USD, new FixedTickSize(0m), 3m, 3m);
        var quantity = 5.9999999999999999999999999999m;

        odd.RoundQuantityDown(quantity).ShouldBe(3m);
    }

    [Theory]
    [InlineData(0.000048, true)]
    [InlineData(0.000047, false)]
    [InlineData(0.0000481, false)]
    [InlineData(0, false)]
    [InlineData(-0.000048, false)]
    public void Is_valid_quantity_requires_a_positive_multiple_of_the_step_at_or_above_the_minimum(double quantity, bool valid) =>
        VenueRules.Instrument(Venue.Bybit, "BTCUSDT").IsValidQuantity((decimal)quantity).ShouldBe(valid);

    [Fact]
    public void Instruments_reject_a_non_positive_lot_step_and_a_negative_minimum()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new Instrument("X", Venue.Generic, AssetClass.Stock, Currency.USD, new FixedTickSize(0m), 0m, 1m));
        Should.Throw<ArgumentOutOfRangeException>(() => new Instrument("X", Venue.Generic, AssetClass.Stock, Currency.USD, new FixedTickSize(0m), 1m, -1m));
        Should.Throw<ArgumentException>(() => new Instrument(" ", Venue.Generic, AssetClass.Stock, Currency.USD, new FixedTickSize(0m), 1m, 1m));
    }

    [Fact]
    public void Fractional_quantities_are_allowed_only_below_a_whole_lot_step()
    {
        VenueRules.Instrument(Venue.Bybit, "BTCUSDT").AllowsFractionalQuantity.ShouldBeTrue();
        UsVenue.Equity("SPY").AllowsFractionalQuantity.ShouldBeFalse();
    }
}
