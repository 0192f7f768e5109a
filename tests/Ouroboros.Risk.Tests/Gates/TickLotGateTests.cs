using Ouroboros.Domain.Venues;
using Ouroboros.Domain.Instruments;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Primitives;
using Ouroboros.Risk.Gates;
using Ouroboros.Risk.Tests.Support;

namespace Ouroboros.Risk.Tests.Gates;

/// <summary>The tick/lot gate denies orders whose price is off the tick grid or whose quantity is not a valid lot.</summary>
public sealed class TickLotGateTests
{
    private readonly TickLotGate _gate = new();

    [Fact]
    public void Gate_is_named_tick_lot() => _gate.Name.ShouldBe("tick_lot");

    [Fact]
    public void Tick_lot_allows_a_market_order_of_whole_shares() => _gate.Evaluate(Checks.Entry()).IsApproved.ShouldBeTrue();

    [Fact]
    public void Tick_lot_allows_a_us_limit_price_on_the_cent_grid() => _gate.Evaluate(Checks.Entry().AsLimit(100.01m)).IsApproved.ShouldBeTrue();

    [Fact]
    public void Tick_lot_denies_a_us_limit_price_between_cents_and_names_the_nearest_valid_prices()
    {
        var verdict = _gate.Evaluate(Checks.Entry().AsLimit(100.005m));

        verdict.IsApproved.ShouldBeFalse();
        verdict.Gate.ShouldBe("tick_lot");
        verdict.Reason.ShouldBe("limit price 100.005 is off the tick grid of US:SPY (tick 0.01 at this price); nearest valid prices are 100 and 100.01");
        verdict.FigureValue("limit_price").ShouldBe("100.005");
        verdict.FigureValue("tick").ShouldBe("0.01");
        verdict.FigureValue("valid_below").ShouldBe("100");
        verdict.FigureValue("valid_above").ShouldBe("100.01");
    }

    [Theory]
    [InlineData(1_999)]
    [InlineData(2_005)]
    [InlineData(19_990)]
    [InlineData(49_950)]
    [InlineData(70_100)]
    [InlineData(501_000)]
    public void Tick_lot_allows_krx_stock_prices_on_the_tick_of_their_price_range(int price) =>
        _gate.Evaluate(GateFixtures.EntryIn(GateFixtures.Samsung, price).AsLimit(price)).IsApproved.ShouldBeTrue();

    [Theory]
    [InlineData(2_001, "2000", "2005", "5")]
    [InlineData(19_995, "19990", "20000", "10")]
    [InlineData(70_050, "70000", "70100", "100")]
    [InlineData(500_500, "500000", "501000", "1000")]
    public void Tick_lot_denies_krx_stock_prices_off_the_tick_of_their_price_range(int price, string below, string above, string tick)
    {
        var verdict = _gate.Evaluate(GateFixtures.EntryIn(GateFixtures.Samsung, price).AsLimit(price));

        verdict.IsApproved.ShouldBeFalse();
        verdict.Reason.ShouldBe($"limit price {price} is off the tick grid of KRX:005930 (tick {tick} at this price); nearest valid prices are {below} and {above}");
    }

    [Fact]
    public void Tick_lot_uses_the_5_krw_tick_of_krx_etfs_at_every_price()
    {
        _gate.Evaluate(GateFixtures.EntryIn(GateFixtures.Kodex, 35_005m).AsLimit(35_005m)).IsApproved.ShouldBeTrue();
        _gate.Evaluate(GateFixtures.EntryIn(GateFixtures.Kodex, 35_005m).AsLimit(35_007m)).IsApproved.ShouldBeFalse();
    }

    [Fact]
    public void Tick_lot_checks_the_stop_price_of_a_stop_order() =>
        _gate.Evaluate(Checks.Entry().AsStop(99.999m)).Reason.ShouldBe(
            "stop price 99.999 is off the tick grid of US:SPY (tick 0.01 at this price); nearest valid prices are 99.99 and 100");

    [Fact]
    public void Tick_lot_checks_both_prices_of_an_order_with_a_limit_and_a_stop()
    {
        _gate.Evaluate(Checks.Entry().WithOrder(OrderType.Stop, limit: 101m, stop: 100.5m)).IsApproved.ShouldBeTrue();
        _gate.Evaluate(Checks.Entry().WithOrder(OrderType.Stop, limit: 101m, stop: 100.505m)).IsApproved.ShouldBeFalse();
    }

    [Fact]
    public void Tick_lot_does_not_check_the_reference_price_of_a_market_order() =>
        _gate.Evaluate(Checks.Entry(value: 1_000.05m)).IsApproved.ShouldBeTrue();

    [Fact]
    public void Tick_lot_allows_any_price_on_an_instrument_without_a_tick_grid() =>
        _gate.Evaluate(GateFixtures.EntryIn(GenericVenue.Instrument("X"), 1m).AsLimit(1.234567m)).IsApproved.ShouldBeTrue();

    [Fact]
    public void Tick_lot_denies_a_fractional_share_and_names_the_nearest_whole_quantities()
    {
        var verdict = _gate.Evaluate(Checks.Entry().WithQuantity(10.5m));

        verdict.IsApproved.ShouldBeFalse();
        verdict.Reason.ShouldBe("quantity 10.5 is not a whole multiple of the lot step 1 of US:SPY; nearest valid quantities are 10 and 11");
        verdict.FigureValue("quantity").ShouldBe("10.5");
        verdict.FigureValue("quantity_step").ShouldBe("1");
    }

    [Fact]
    public void Tick_lot_allows_a_crypto_quantity_on_its_lot_step() =>
        _gate.Evaluate(GateFixtures.EntryIn(GateFixtures.Btc, 60_000m, 0.000123m)).IsApproved.ShouldBeTrue();

    [Fact]
    public void Tick_lot_denies_a_crypto_quantity_between_lot_steps() =>
        _gate.Evaluate(GateFixtures.EntryIn(GateFixtures.Btc, 60_000m, 0.0000485m)).Reason.ShouldBe(
            "quantity 0.0000485 is not a whole multiple of the lot step 0.000001 of BYBIT:BTCUSDT; nearest valid quantities are 0.000048 and 0.000049");

    [Fact]
    public void Tick_lot_denies_a_quantity_below_the_minimum_and_names_the_smallest_valid_one()
    {
        var verdict = _gate.Evaluate(GateFixtures.EntryIn(GateFixtures.Btc, 60_000m, 0.00001m));

        verdict.Reason.ShouldBe("quantity 0.00001 is below the minimum 0.000048 of BYBIT:BTCUSDT; the smallest valid quantity is 0.000048");
        verdict.FigureValue("valid_above").ShouldBe("0.000048");
    }

    [Fact]
    public void Tick_lot_allows_exactly_the_minimum_quantity() =>
        _gate.Evaluate(GateFixtures.EntryIn(GateFixtures.Btc, 60_000m, 0.000048m)).IsApproved.ShouldBeTrue();

    [Fact]
    public void Tick_lot_names_only_the_quantity_above_when_rounding_down_would_fall_below_the_minimum()
    {
        var odd = new Instrument("ODD", Venue.Generic, AssetClass.Stock, Currency.USD, new FixedTickSize(0m), 1m, 2.5m);

        _gate.Evaluate(GateFixtures.EntryIn(odd, 10m, 2.7m)).Reason.ShouldBe(
            "quantity 2.7 is not a whole multiple of the lot step 1 of CSV:ODD; the nearest valid quantity is 3");
        _gate.Evaluate(GateFixtures.EntryIn(odd, 10m, 2m)).Reason.ShouldBe(
            "quantity 2 is below the minimum 2.5 of CSV:ODD; the smallest valid quantity is 3");
    }

    [Fact]
    public void Tick_lot_does_not_check_the_estimated_quantity_of_a_cash_amount_order() =>
        _gate.Evaluate(Checks.Entry().WithOrder(OrderType.Market, quantity: 10.37m, cashAmount: 1_037m)).IsApproved.ShouldBeTrue();

    [Fact]
    public void Tick_lot_checks_exits_too_because_the_broker_rejects_them_either_way()
    {
        _gate.Evaluate(Checks.Exit().WithQuantity(10.5m)).IsApproved.ShouldBeFalse();
        _gate.Evaluate(Checks.Exit().AsLimit(100.001m)).IsApproved.ShouldBeFalse();
        _gate.Evaluate(Checks.Exit().AsLimit(100m)).IsApproved.ShouldBeTrue();
    }

    [Fact]
    public void Evaluate_rejects_a_null_check() => Should.Throw<ArgumentNullException>(() => _gate.Evaluate(null!));
}
