using Ouroboros.Domain.Instruments;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Domain.Venues;

/// <summary>No venue rules (a CSV file without a venue): only the commission given, no slippage, no taxes, whole units.</summary>
public static class GenericVenue
{
    public static Instrument Instrument(string symbol, Currency currency = Currency.USD, AssetClass assetClass = AssetClass.Stock) =>
        new(symbol, Venue.Generic, assetClass, currency, new FixedTickSize(0m), 1m, 1m);

    public static VenueModel Model(decimal commissionRate) => new("generic", new PercentFeeModel(commissionRate), NoSlippage.Instance);
}
