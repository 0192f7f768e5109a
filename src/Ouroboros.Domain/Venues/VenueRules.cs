using Ouroboros.Domain.Instruments;

namespace Ouroboros.Domain.Venues;

/// <summary>Picks a venue's own rules by its <see cref="Venue"/>: the one switch over venues outside their folders.</summary>
public static class VenueRules
{
    /// <summary>An instrument with the venue's tick, lot and currency rules.</summary>
    public static Instrument Instrument(Venue venue, string symbol, AssetClass? assetClass = null) => venue switch
    {
        Venue.Krx => KrxVenue.Instrument(symbol, assetClass),
        Venue.Us => UsVenue.Equity(symbol, assetClass ?? AssetClass.Stock),
        Venue.Bybit => BybitVenue.DefaultSpot(symbol),
        _ => GenericVenue.Instrument(symbol),
    };

    /// <summary>The venue's execution costs; <paramref name="commissionRate"/> overrides the broker commission it assumes.</summary>
    public static VenueModel Model(Venue venue, decimal? commissionRate) => venue switch
    {
        Venue.Krx => KrxVenue.Model(commissionRate),
        Venue.Us => UsVenue.Model(commissionRate),
        Venue.Bybit => BybitVenue.Model(commissionRate),
        _ => GenericVenue.Model(commissionRate ?? 0m),
    };
}
