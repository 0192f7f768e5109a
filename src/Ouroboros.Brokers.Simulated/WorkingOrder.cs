using Ouroboros.Domain.Orders;

namespace Ouroboros.Brokers.Simulated;

/// <summary>An order resting at the simulated broker, waiting for a bar that reaches it.</summary>
internal sealed class WorkingOrder(OrderRequest request, int instrument)
{
    public OrderRequest Request { get; } = request;
    public int Instrument { get; } = instrument;

    /// <summary>The UTC day of the first bar on which the order could trade; null until then.</summary>
    public DateOnly? FirstTradableDay { get; set; }

    /// <summary>
    /// Sent at a rescan during the period that starts at this time: that period's bar holds prices from before the
    /// order, so only later bars may fill it. Null for orders sent between slices.
    /// </summary>
    public DateTimeOffset? SentDuringPeriod { get; init; }
}
