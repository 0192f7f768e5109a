using Ouroboros.Domain.Venues;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Domain.Instruments;

/// <summary>A tradable thing with its venue rules: currency, tick size and lot step.</summary>
public sealed record Instrument
{
    public Instrument(string symbol, Venue venue, AssetClass assetClass, Currency currency, TickSizeRule tickSize, decimal quantityStep, decimal minQuantity, string? name = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(symbol);
        ArgumentNullException.ThrowIfNull(tickSize);
        Symbol = symbol;
        Venue = venue;
        AssetClass = assetClass;
        Currency = currency;
        TickSize = tickSize;
        QuantityStep = Guard.Positive(quantityStep, nameof(quantityStep));
        MinQuantity = Guard.NotNegative(minQuantity, nameof(minQuantity));
        Name = name;
        Id = new InstrumentId($"{VenuePrefix(venue)}:{symbol}");
    }

    public InstrumentId Id { get; }
    public string Symbol { get; }
    public Venue Venue { get; }
    public AssetClass AssetClass { get; }
    public Currency Currency { get; }
    public TickSizeRule TickSize { get; }

    /// <summary>Quantities are whole multiples of this step (1 for shares; e.g. 0.000001 BTC on Bybit spot).</summary>
    public decimal QuantityStep { get; }
    public decimal MinQuantity { get; }
    public string? Name { get; }
    public bool AllowsFractionalQuantity => QuantityStep < 1m;

    /// <summary>Rounds a quantity down to the lot step; never rounds up (that could exceed cash).</summary>
    public decimal RoundQuantityDown(decimal quantity)
    {
        if (quantity <= 0) return 0m;
        var q = decimal.Floor(quantity / QuantityStep) * QuantityStep;
        // The division can round up in the 28th digit; never hand back more than was asked for.
        if (q > quantity) q -= QuantityStep;
        return q < MinQuantity ? 0m : q;
    }

    public bool IsValidQuantity(decimal quantity) => quantity > 0 && quantity >= MinQuantity && quantity % QuantityStep == 0;

    private static string VenuePrefix(Venue venue) => venue switch
    {
        Venue.Krx => "KRX",
        Venue.Us => "US",
        Venue.Bybit => "BYBIT",
        _ => "CSV",
    };
}
