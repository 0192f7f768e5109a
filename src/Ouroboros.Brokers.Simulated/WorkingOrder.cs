using Ouroboros.Domain.Orders;

namespace Ouroboros.Brokers.Simulated;

/// <summary>An order resting at the simulated broker, waiting for a bar that reaches it.</summary>
internal sealed class WorkingOrder(OrderRequest request, int instrument)
{
    public OrderRequest Request { get; } = request;
    public int Instrument { get; } = instrument;

    /// <summary>The UTC day of the first bar on which the order could trade; null until then.</summary>
    public DateOnly? FirstTradableDay { get; set; }
}
