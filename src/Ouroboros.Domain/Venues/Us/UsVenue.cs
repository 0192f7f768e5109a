using Ouroboros.Domain.Instruments;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Domain.Venues;

/// <summary>US equities (NASDAQ, NYSE, AMEX): USD, cent ticks, whole shares, the SEC fee on sells.</summary>
public static class UsVenue
{
    public static Instrument Equity(string symbol, AssetClass assetClass = AssetClass.Stock, string? name = null) =>
        new(symbol, Venue.Us, assetClass, Currency.USD, new FixedTickSize(0.01m), 1m, 1m, name);

    /// <summary>KIS's overseas commission on both sides, the SEC fee on sells, one tick of slippage.</summary>
    public static VenueModel Model(decimal? commissionRate = null, int slippageTicks = 1) =>
        new("us", new UsFeeModel(commissionRate ?? UsFeeModel.DefaultCommissionRate), new TickSlippage(slippageTicks));
}
