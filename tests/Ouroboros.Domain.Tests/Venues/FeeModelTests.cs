using Ouroboros.Domain.Venues;
using Ouroboros.Domain.Instruments;
using Ouroboros.Domain.Orders;

namespace Ouroboros.Domain.Tests.Venues;

/// <summary>Commission, taxes and exchange fees per venue.</summary>
public sealed class FeeModelTests
{
    private static readonly Instrument Samsung = KrxVenue.Stock("005930");
    private static readonly Instrument Kodex = KrxVenue.Etf("069500");
    private static readonly Instrument Aapl = UsVenue.Equity("AAPL");
    private static readonly Instrument Btc = VenueRules.Instrument(Venue.Bybit, "BTCUSDT");

    [Fact]
    public void Krx_commission_is_floored_to_the_won_on_buys()
    {
        // 7 × 70,100 = 490,700; 0.015% = 73.605 → 73.
        new KrxFeeModel().Fee(Samsung, OrderSide.Buy, 7m, 70_100m, Liquidity.Taker).ShouldBe(73m);
        new KrxFeeModel().Fee(Samsung, OrderSide.Buy, 1m, 5_000m, Liquidity.Taker).ShouldBe(0m);
    }

    [Fact]
    public void Krx_stock_sells_pay_the_020_percent_transaction_tax_floored_to_the_won()
    {
        // Commission 73 plus tax 0.20% of 490,700 = 981.4 → 981.
        new KrxFeeModel().Fee(Samsung, OrderSide.Sell, 7m, 70_100m, Liquidity.Taker).ShouldBe(73m + 981m);
    }

    [Fact]
    public void Krx_etf_sells_pay_no_transaction_tax()
    {
        var model = new KrxFeeModel();

        model.Fee(Kodex, OrderSide.Sell, 7m, 70_100m, Liquidity.Taker).ShouldBe(73m);
        model.Fee(Kodex, OrderSide.Sell, 7m, 70_100m, Liquidity.Taker).ShouldBe(model.Fee(Kodex, OrderSide.Buy, 7m, 70_100m, Liquidity.Taker));
    }

    [Fact]
    public void Krx_defaults_are_0015_percent_commission_and_020_percent_tax()
    {
        KrxFeeModel.DefaultCommissionRate.ShouldBe(0.00015m);
        KrxFeeModel.DefaultSellTaxRate.ShouldBe(0.0020m);
    }

    [Fact]
    public void Us_buys_pay_commission_rounded_to_the_cent_and_no_sec_fee()
    {
        // 12 × 102.88 = 1,234.56; 0.25% = 3.0864 → 3.09.
        new UsFeeModel().Fee(Aapl, OrderSide.Buy, 12m, 102.88m, Liquidity.Taker).ShouldBe(3.09m);
    }

    [Fact]
    public void Us_sells_add_the_sec_fee_rounded_up_to_the_cent()
    {
        // SEC: 1,234.56 × 27.80 / 1,000,000 = 0.0343… → 0.04.
        new UsFeeModel().Fee(Aapl, OrderSide.Sell, 12m, 102.88m, Liquidity.Taker).ShouldBe(3.09m + 0.04m);
    }

    [Fact]
    public void Us_commission_rounds_a_half_cent_away_from_zero_and_the_sec_fee_is_at_least_a_cent()
    {
        // 1 × 2.00: commission 0.005 → 0.01; SEC 0.0000556 → 0.01.
        new UsFeeModel().Fee(Aapl, OrderSide.Buy, 1m, 2m, Liquidity.Taker).ShouldBe(0.01m);
        new UsFeeModel().Fee(Aapl, OrderSide.Sell, 1m, 2m, Liquidity.Taker).ShouldBe(0.02m);
    }

    [Fact]
    public void Us_sec_fee_applies_to_etf_sells_too() =>
        new UsFeeModel(0m).Fee(UsVenue.Equity("SPY", AssetClass.Etf), OrderSide.Sell, 100m, 500m, Liquidity.Taker).ShouldBe(1.39m);

    [Fact]
    public void Bybit_charges_the_maker_rate_for_maker_fills_and_the_taker_rate_otherwise()
    {
        var model = new BybitFeeModel(makerRate: 0.0002m, takerRate: 0.00055m);

        model.Fee(Btc, OrderSide.Buy, 0.5m, 60_000m, Liquidity.Maker).ShouldBe(6m);
        model.Fee(Btc, OrderSide.Sell, 0.5m, 60_000m, Liquidity.Taker).ShouldBe(16.5m);
    }

    [Fact]
    public void Bybit_defaults_to_01_percent_on_both_sides()
    {
        var model = new BybitFeeModel();

        model.Fee(Btc, OrderSide.Buy, 1m, 1_000m, Liquidity.Maker).ShouldBe(1m);
        model.Fee(Btc, OrderSide.Sell, 1m, 1_000m, Liquidity.Taker).ShouldBe(1m);
    }

    [Fact]
    public void Percent_fee_is_the_rate_of_notional_but_at_least_the_minimum()
    {
        var model = new PercentFeeModel(0.001m, minimum: 1m);

        model.Fee(Aapl, OrderSide.Buy, 5m, 100m, Liquidity.Taker).ShouldBe(1m);
        model.Fee(Aapl, OrderSide.Sell, 50m, 100m, Liquidity.Taker).ShouldBe(5m);
        new PercentFeeModel(0m).Fee(Aapl, OrderSide.Sell, 50m, 100m, Liquidity.Taker).ShouldBe(0m);
    }

    [Theory]
    [InlineData(-0.001)]
    [InlineData(1)]
    [InlineData(1.5)]
    public void Percent_fee_rejects_a_rate_outside_zero_to_one(double rate) =>
        Should.Throw<ArgumentOutOfRangeException>(() => new PercentFeeModel((decimal)rate)).ParamName.ShouldBe("rate");

    [Fact]
    public void Percent_fee_rejects_a_negative_minimum() =>
        Should.Throw<ArgumentOutOfRangeException>(() => new PercentFeeModel(0.001m, -1m)).ParamName.ShouldBe("minimum");
}
