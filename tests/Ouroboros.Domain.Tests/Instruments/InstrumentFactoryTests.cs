using Ouroboros.Domain.Venues;
using Ouroboros.Domain.Instruments;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Domain.Tests.Instruments;

/// <summary>Venue rules the factory attaches to instruments, and the VENUE:SYMBOL id format.</summary>
public sealed class InstrumentFactoryTests
{
    [Fact]
    public void Krx_stock_trades_whole_shares_in_won_on_the_stock_tick_table()
    {
        var samsung = KrxVenue.Stock("005930", "Samsung Electronics");

        samsung.Id.ShouldBe(new InstrumentId("KRX:005930"));
        samsung.Venue.ShouldBe(Venue.Krx);
        samsung.AssetClass.ShouldBe(AssetClass.Stock);
        samsung.Currency.ShouldBe(Currency.KRW);
        samsung.TickSize.ShouldBeSameAs(KrxStockTickSize.Instance);
        samsung.QuantityStep.ShouldBe(1m);
        samsung.MinQuantity.ShouldBe(1m);
        samsung.Name.ShouldBe("Samsung Electronics");
    }

    [Fact]
    public void Krx_etf_trades_whole_shares_in_won_with_a_five_won_tick()
    {
        var kodex = KrxVenue.Etf("069500");

        kodex.Id.Value.ShouldBe("KRX:069500");
        kodex.AssetClass.ShouldBe(AssetClass.Etf);
        kodex.Currency.ShouldBe(Currency.KRW);
        kodex.TickSize.TickAt(1_000_000m).ShouldBe(5m);
        kodex.QuantityStep.ShouldBe(1m);
    }

    [Fact]
    public void Us_equity_trades_whole_shares_in_dollars_with_a_cent_tick()
    {
        var spy = UsVenue.Equity("SPY", AssetClass.Etf);

        spy.Id.Value.ShouldBe("US:SPY");
        spy.AssetClass.ShouldBe(AssetClass.Etf);
        spy.Currency.ShouldBe(Currency.USD);
        spy.TickSize.TickAt(412.37m).ShouldBe(0.01m);
        spy.QuantityStep.ShouldBe(1m);
        spy.MinQuantity.ShouldBe(1m);
    }

    [Fact]
    public void Bybit_spot_trades_fractional_lots_in_usdt_with_its_own_tick()
    {
        var btc = BybitVenue.Spot("BTCUSDT", 0.1m, 0.00001m, 0.0001m);

        btc.Id.Value.ShouldBe("BYBIT:BTCUSDT");
        btc.AssetClass.ShouldBe(AssetClass.Crypto);
        btc.Currency.ShouldBe(Currency.USDT);
        btc.TickSize.TickAt(65_000m).ShouldBe(0.1m);
        btc.QuantityStep.ShouldBe(0.00001m);
        btc.MinQuantity.ShouldBe(0.0001m);
    }

    [Fact]
    public void Generic_instrument_has_no_tick_grid_and_whole_units_under_the_csv_prefix()
    {
        var generic = GenericVenue.Instrument("SPY");

        generic.Id.Value.ShouldBe("CSV:SPY");
        generic.Venue.ShouldBe(Venue.Generic);
        generic.Currency.ShouldBe(Currency.USD);
        generic.TickSize.TickAt(123.456789m).ShouldBe(0m);
        generic.TickSize.IsOnGrid(123.456789m).ShouldBeTrue();
        generic.QuantityStep.ShouldBe(1m);
        GenericVenue.Instrument("SPY", Currency.KRW, AssetClass.Etf).Currency.ShouldBe(Currency.KRW);
    }

    [Theory]
    [InlineData(Venue.Krx, "005930", "KRX:005930")]
    [InlineData(Venue.Us, "AAPL", "US:AAPL")]
    [InlineData(Venue.Bybit, "BTCUSDT", "BYBIT:BTCUSDT")]
    [InlineData(Venue.Generic, "anything", "CSV:anything")]
    public void Id_is_venue_prefix_colon_symbol(Venue venue, string symbol, string id)
    {
        var instrument = VenueRules.Instrument(venue, symbol);

        instrument.Id.Value.ShouldBe(id);
        instrument.Id.ToString().ShouldBe(id);
        instrument.Symbol.ShouldBe(symbol);
    }

    [Theory]
    [InlineData("069500", AssetClass.Etf)]
    [InlineData("360750", AssetClass.Etf)]
    [InlineData("005930", AssetClass.Stock)]
    [InlineData("000660", AssetClass.Stock)]
    public void Guess_krx_asset_class_knows_the_bundled_etf_codes(string code, AssetClass expected) =>
        KrxVenue.GuessAssetClass(code).ShouldBe(expected);

    [Fact]
    public void For_venue_krx_builds_an_etf_for_a_known_etf_code_and_a_stock_otherwise()
    {
        VenueRules.Instrument(Venue.Krx, "069500").AssetClass.ShouldBe(AssetClass.Etf);
        VenueRules.Instrument(Venue.Krx, "005930").AssetClass.ShouldBe(AssetClass.Stock);
        VenueRules.Instrument(Venue.Krx, "005930", AssetClass.Etf).TickSize.TickAt(70_000m).ShouldBe(5m);
    }

    [Fact]
    public void For_venue_bybit_uses_the_btc_spot_defaults()
    {
        var btc = VenueRules.Instrument(Venue.Bybit, "BTCUSDT");

        btc.TickSize.TickAt(1m).ShouldBe(0.01m);
        btc.QuantityStep.ShouldBe(0.000001m);
        btc.MinQuantity.ShouldBe(0.000048m);
    }

    [Fact]
    public void For_venue_us_defaults_to_a_stock_unless_told_otherwise()
    {
        VenueRules.Instrument(Venue.Us, "AAPL").AssetClass.ShouldBe(AssetClass.Stock);
        VenueRules.Instrument(Venue.Us, "SPY", AssetClass.Etf).AssetClass.ShouldBe(AssetClass.Etf);
    }
}
