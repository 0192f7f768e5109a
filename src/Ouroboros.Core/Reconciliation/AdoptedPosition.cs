using Ouroboros.Domain.Primitives;

namespace Ouroboros.Core.Reconciliation;

/// <summary>
/// A position taken over from the broker: its signed quantity and, when the broker reported one, its average price
/// (the cost basis; null when the broker did not say, never 0). <see cref="External"/>: a trade we never made.
/// </summary>
public sealed record AdoptedPosition
{
    public AdoptedPosition(InstrumentId instrument, decimal quantity, decimal? averagePrice, bool external)
    {
        if (averagePrice is { } price) Guard.Positive(price, nameof(averagePrice));
        Instrument = instrument;
        Quantity = quantity;
        AveragePrice = averagePrice;
        External = external;
    }

    public InstrumentId Instrument { get; }
    public decimal Quantity { get; }
    public decimal? AveragePrice { get; }
    public bool External { get; }
}
