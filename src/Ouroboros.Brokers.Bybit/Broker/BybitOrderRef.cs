using Ouroboros.Domain.Orders;

namespace Ouroboros.Brokers.Bybit.Broker;

/// <summary>
/// One order Bybit holds for the agent, with what the agent has been told of it: the executions already reported (by
/// execId) and their quantity. After a restart the journal's filled quantity stands in for the execution ids
/// (<see cref="JournaledQuantity"/>): the order's first executions up to it were heard by the earlier run.
/// </summary>
internal sealed class BybitOrderRef(OrderRequest request, BybitInstrument instrument, string orderId, decimal quantity)
{
    public OrderRequest Request { get; } = request;
    public BybitInstrument Instrument { get; } = instrument;
    public string OrderId { get; } = orderId;

    /// <summary>The quantity sent (a cash-amount order's resolved quantity).</summary>
    public decimal Quantity { get; } = quantity;

    public decimal JournaledQuantity { get; init; }
    public HashSet<string> ReportedExecIds { get; } = new(StringComparer.Ordinal);
    public decimal ReportedQuantity { get; set; }
    public bool Ended { get; set; }
}
