using Ouroboros.Core.Reconciliation;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Brokers.Simulated;

/// <summary>One order as the paper account remembers it, from receipt to its end; changed only under the ledger's lock.</summary>
internal sealed class PaperOrder(ClientOrderId id, BrokerOrderId? brokerId, OrderStatus status, decimal quantity)
{
    private readonly List<Fill> _fills = [];

    public ClientOrderId Id { get; } = id;
    public BrokerOrderId? BrokerId { get; } = brokerId;
    public OrderStatus Status { get; set; } = status;
    public decimal FilledQuantity { get; private set; }

    /// <summary>The quantity to fill; a cash-amount order's is its estimate until the broker resolves it at the fill.</summary>
    public decimal Quantity { get; set; } = quantity;

    public void Add(Fill fill)
    {
        _fills.Add(fill);
        FilledQuantity += fill.Quantity;
        Status = FilledQuantity >= Quantity ? OrderStatus.Filled : OrderStatus.PartiallyFilled;
    }

    public BrokerOrderState ToState() => new(Id, BrokerId, Status, FilledQuantity, [.. _fills]);
}
