using Ouroboros.Domain.Venues;
using FsCheck;
using FsCheck.Fluent;
using Ouroboros.Domain.Instruments;

namespace Ouroboros.Domain.Tests.Instruments;

/// <summary>Floor, Ceiling and Nearest land on the grid and bracket the price, for any price.</summary>
public sealed class TickRoundingPropertyTests
{
    private static readonly Config Quick = Config.QuickThrowOnFailure.WithMaxTest(1_000);

    // KRW prices with up to two decimals, from 0.01 to 2,000,000, biased towards the table's steps.
    private static readonly Gen<decimal> KrwPrice = Gen.Frequency(
        (3, Gen.Choose(1, 200_000_000).Select(cents => cents / 100m)),
        (1, Gen.Elements(2_000m, 5_000m, 20_000m, 50_000m, 200_000m, 500_000m)
            .SelectMany(step => Gen.Choose(-300, 300).Select(cents => step + cents / 100m))));

    private static readonly Gen<decimal> UsdPrice = Gen.Choose(1, int.MaxValue).Select(units => units / 10_000m);

    public static TheoryData<string> Rules => ["krx-stock", "krx-etf", "us"];

    private static (TickSizeRule Rule, Gen<decimal> Prices) Case(string name) => name switch
    {
        "krx-stock" => (KrxStockTickSize.Instance, KrwPrice),
        "krx-etf" => (new FixedTickSize(5m), KrwPrice),
        _ => (new FixedTickSize(0.01m), UsdPrice),
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void Floor_and_ceiling_land_on_the_grid_and_bracket_the_price(string rule)
    {
        var (tick, prices) = Case(rule);
        Check.One(Quick, Prop.ForAll(prices.ToArbitrary(), price =>
        {
            var floor = tick.Floor(price);
            var ceiling = tick.Ceiling(price);
            tick.IsOnGrid(floor).ShouldBeTrue($"floor {floor} of {price}");
            tick.IsOnGrid(ceiling).ShouldBeTrue($"ceiling {ceiling} of {price}");
            floor.ShouldBeLessThanOrEqualTo(price);
            ceiling.ShouldBeGreaterThanOrEqualTo(price);
            (ceiling - floor).ShouldBe(tick.IsOnGrid(price) ? 0m : tick.TickAt(price));
        }));
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void Nearest_is_the_closer_of_floor_and_ceiling(string rule)
    {
        var (tick, prices) = Case(rule);
        Check.One(Quick, Prop.ForAll(prices.ToArbitrary(), price =>
        {
            var floor = tick.Floor(price);
            var ceiling = tick.Ceiling(price);
            var nearest = tick.Nearest(price);
            tick.IsOnGrid(nearest).ShouldBeTrue($"nearest {nearest} of {price}");
            nearest.ShouldBeOneOf(floor, ceiling);
            if (price - floor < ceiling - price) nearest.ShouldBe(floor);
            if (ceiling - price < price - floor) nearest.ShouldBe(ceiling);
            if (price - floor == ceiling - price) nearest.ShouldBe(ceiling);
        }));
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void A_price_is_on_the_grid_exactly_when_flooring_leaves_it_unchanged(string rule)
    {
        var (tick, prices) = Case(rule);
        Check.One(Quick, Prop.ForAll(prices.ToArbitrary(), price => tick.IsOnGrid(price) == (tick.Floor(price) == price)));
    }

    [Fact]
    public void A_zero_tick_leaves_every_price_unchanged_and_on_the_grid()
    {
        var none = new FixedTickSize(0m);
        Check.One(Quick, Prop.ForAll(UsdPrice.ToArbitrary(), price =>
            none.Floor(price) == price && none.Ceiling(price) == price && none.Nearest(price) == price && none.IsOnGrid(price)));
    }

    [Fact]
    public void A_negative_fixed_tick_is_rejected() => Should.Throw<ArgumentOutOfRangeException>(() => new FixedTickSize(-0.01m));
}
