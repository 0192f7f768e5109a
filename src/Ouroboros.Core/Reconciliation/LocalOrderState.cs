using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Core.Reconciliation;

/// <summary>What we believe about one of our working orders: its status and how much of it has filled.</summary>
public sealed record LocalOrderState
{
    public LocalOrderState(InstrumentId instrument, OrderStatus status, decimal filledQuantity)
    {
        Instrument = instrument;
        Status = status;
        FilledQuantity = Guard.NotNegative(filledQuantity, nameof(filledQuantity));
    }

    public InstrumentId Instrument { get; }
    public OrderStatus Status { get; }
    public decimal FilledQuantity { get; }
}
