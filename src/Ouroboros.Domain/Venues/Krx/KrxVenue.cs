using Ouroboros.Domain.Instruments;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Domain.Venues;

/// <summary>KRX (Korea Exchange): KRW, the 2023 stock tick table, 5 KRW ETF ticks, whole shares, sell tax on stocks.</summary>
public static class KrxVenue
{
    /// <summary>A KRX stock: KRW, the 2023 tick table, whole shares.</summary>
    public static Instrument Stock(string code, string? name = null) =>
        new(code, Venue.Krx, AssetClass.Stock, Currency.KRW, KrxStockTickSize.Instance, 1m, 1m, name);

    /// <summary>A KRX ETF/ETN: KRW, 5 KRW tick at every price, whole shares, no sell-side transaction tax.</summary>
    public static Instrument Etf(string code, string? name = null) =>
        new(code, Venue.Krx, AssetClass.Etf, Currency.KRW, new FixedTickSize(5m), 1m, 1m, name);

    /// <summary>A stock or an ETF, as told or as <see cref="GuessAssetClass"/> guesses.</summary>
    public static Instrument Instrument(string code, AssetClass? assetClass = null) =>
        (assetClass ?? GuessAssetClass(code)) == AssetClass.Etf ? Etf(code) : Stock(code);

    /// <summary>KIS commission on both sides, the securities transaction tax on stock sells, one tick of slippage.</summary>
    public static VenueModel Model(decimal? commissionRate = null, int slippageTicks = 1) =>
        new("krx", new KrxFeeModel(commissionRate ?? KrxFeeModel.DefaultCommissionRate), new TickSlippage(slippageTicks));

    /// <summary>
    /// KRX ETF codes of the issuers bundled here (KODEX, TIGER, ...) are not separable from stock codes by shape,
    /// so a small list of known ETF codes decides; callers can always pass the asset class explicitly.
    /// </summary>
    public static AssetClass GuessAssetClass(string code) => KnownEtfs.Contains(code) ? AssetClass.Etf : AssetClass.Stock;

    private static readonly HashSet<string> KnownEtfs =
    [
        "069500", "278530", "122630", "114800", "252670", "229200", "233740", "091160", "360750", "219480", "102110",
    ];
}
