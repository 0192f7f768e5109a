using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Core.Reconciliation;

/// <summary>
/// One way our account differs from the broker's, with both figures in <see cref="Message"/> and how the broker's
/// truth is adopted in <see cref="Resolution"/>. <see cref="Subject"/> is what differs ("cash", an instrument, an
/// order id or a fill id); reports sort by kind, then subject.
/// </summary>
public sealed record ReconcileDifference(ReconcileDifferenceKind Kind, string Subject, string Message, ReconcileResolution Resolution)
{
    public InstrumentId? Instrument { get; init; }
    public ClientOrderId? OrderId { get; init; }
    public FillId? FillId { get; init; }

    /// <summary>Our figure (cash, quantity or filled quantity); null when we know nothing of the subject.</summary>
    public decimal? Local { get; init; }

    /// <summary>The broker's figure; null when the broker knows nothing of the subject.</summary>
    public decimal? Broker { get; init; }

    /// <summary>The broker's average price of the position, when it reported one (position differences only).</summary>
    public decimal? BrokerAveragePrice { get; init; }

    /// <summary>The fill the broker reported and we never applied (missing fills only), to adopt as reported.</summary>
    public Fill? BrokerFill { get; init; }

    public OrderStatus? LocalStatus { get; init; }
    public OrderStatus? BrokerStatus { get; init; }

    /// <summary>For an order unknown to the broker: it answered that it never received it (rather than not answering).</summary>
    public bool NeverReceived { get; init; }

    /// <summary>True when the broker shows activity we never started (a trade or order made in the broker's own app): alert.</summary>
    public bool IsExternal { get; init; }
}
