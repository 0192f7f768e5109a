using Ouroboros.Domain.Venues;
using Ouroboros.Domain.Instruments;
using Ouroboros.Risk.Engine;

namespace Ouroboros.Risk.Gates;

/// <summary>
/// KRX only: denies an order priced outside the daily band around the previous close (default ±30%). The exchange
/// rejects such orders anyway, entries and exits alike; catching them here gives a clear reason and no broker error.
/// </summary>
public sealed class PriceBandGate : IRiskGate
{
    public const string GateName = "price_band";

    public PriceBandGate(decimal bandFraction)
    {
        if (bandFraction is <= 0 or > 1)
            throw new ArgumentOutOfRangeException(nameof(bandFraction), bandFraction,
                "The price band is a fraction of the previous close in (0, 1], e.g. 0.30 for ±30%.");
        BandFraction = bandFraction;
    }

    public string Name => GateName;
    public decimal BandFraction { get; }

    public RiskVerdict Evaluate(RiskCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        if (check.Instrument.Venue != Venue.Krx) return RiskVerdict.Approved;
        var price = check.OrderPrice;
        var previous = check.History.PreviousClose(check.Instrument.Id);
        RiskFigure[] figures = [RiskFigure.Of("order_price", price), RiskFigure.Of("previous_close", previous), RiskFigure.Of("band_fraction", BandFraction)];
        if (price is not { } p)
            return RiskVerdict.Missing(Name, "the order has no limit or stop price and there is no reference price", figures);
        if (previous is not { } close)
            return RiskVerdict.Missing(Name, $"no previous close for {check.Instrument.Id}, so the daily price band is unknown", figures);
        var low = close * (1 - BandFraction);
        var high = close * (1 + BandFraction);
        return p < low || p > high
            ? RiskVerdict.Denied(Name,
                $"order price {p:0.########} is outside the KRX daily band {low:0.########}–{high:0.########} (previous close {close:0.########} ± {BandFraction * 100:0.##}%)",
                [.. figures, RiskFigure.Of("band_low", low), RiskFigure.Of("band_high", high)])
            : RiskVerdict.Approved;
    }
}
