using Ouroboros.Domain.Primitives;

namespace Ouroboros.Domain.Instruments;

/// <summary>Builds instruments with the rules of their venue.</summary>
public static class InstrumentFactory
{
    /// <summary>A KRX stock: KRW, the 2023 tick table, whole shares.</summary>
    public static Instrument KrxStock(string code, string? name = null) =>
        new(code, Venue.Krx, AssetClass.Stock, Currency.KRW, KrxStockTickSize.Instance, 1m, 1m, name);

    /// <summary>A KRX ETF/ETN: KRW, 5 KRW tick at every price, whole shares, no sell-side transaction tax.</summary>
    public static Instrument KrxEtf(string code, string? name = null) =>
        new(code, Venue.Krx, AssetClass.Etf, Currency.KRW, new FixedTickSize(5m), 1m, 1m, name);

    public static Instrument UsEquity(string symbol, AssetClass assetClass = AssetClass.Stock, string? name = null) =>
        new(symbol, Venue.Us, assetClass, Currency.USD, new FixedTickSize(0.01m), 1m, 1m, name);

    public static Instrument BybitSpot(string symbol, decimal tickSize, decimal quantityStep, decimal minQuantity) =>
        new(symbol, Venue.Bybit, AssetClass.Crypto, Currency.USDT, new FixedTickSize(tickSize), quantityStep, minQuantity);

    /// <summary>An instrument without venue rules (a CSV file without --venue): no tick grid, whole units.</summary>
    public static Instrument Generic(string symbol, Currency currency = Currency.USD, AssetClass assetClass = AssetClass.Stock) =>
        new(symbol, Venue.Generic, assetClass, currency, new FixedTickSize(0m), 1m, 1m);

    /// <summary>
    /// Guesses the venue rules for a symbol: six digits → KRX (ETF when the code is a known ETF family prefix or told so),
    /// *USDT → Bybit spot, else US.
    /// </summary>
    public static Instrument ForVenue(Venue venue, string symbol, AssetClass? assetClass = null) => venue switch
    {
        Venue.Krx => (assetClass ?? GuessKrxAssetClass(symbol)) == AssetClass.Etf ? KrxEtf(symbol) : KrxStock(symbol),
        Venue.Us => UsEquity(symbol, assetClass ?? AssetClass.Stock),
        Venue.Bybit => BybitSpot(symbol, 0.01m, 0.000001m, 0.000048m),
        _ => Generic(symbol),
    };

    /// <summary>
    /// KRX ETF codes of the issuers bundled here (KODEX, TIGER, ...) are not separable from stock codes by shape,
    /// so a small list of known ETF codes decides; callers can always pass the asset class explicitly.
    /// </summary>
    public static AssetClass GuessKrxAssetClass(string code) => KnownKrxEtfs.Contains(code) ? AssetClass.Etf : AssetClass.Stock;

    private static readonly HashSet<string> KnownKrxEtfs =
    [
        "069500", "278530", "122630", "114800", "252670", "229200", "233740", "091160", "360750", "219480", "102110",
    ];
}
