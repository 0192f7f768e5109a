using Ouroboros.Domain.Instruments;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Domain.Venues;

/// <summary>Bybit spot: USDT, the symbol's tick and quantity step, maker/taker fees, slippage in basis points.</summary>
public static class BybitVenue
{
    public static Instrument Spot(string symbol, decimal tickSize, decimal quantityStep, decimal minQuantity) =>
        new(symbol, Venue.Bybit, AssetClass.Crypto, Currency.USDT, new FixedTickSize(tickSize), quantityStep, minQuantity);

    /// <summary>A spot symbol when its instrument info is not at hand (files): BTCUSDT's filters.</summary>
    public static Instrument DefaultSpot(string symbol) => Spot(symbol, 0.01m, 0.000001m, 0.000048m);

    public static VenueModel Model(decimal? takerRate = null, decimal slippageBps = 2m) =>
        new("bybit", new BybitFeeModel(0.001m, takerRate ?? 0.001m), new BasisPointSlippage(slippageBps));
}
