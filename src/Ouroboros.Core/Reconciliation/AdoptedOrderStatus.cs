using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Core.Reconciliation;

/// <summary>One of our working orders the broker says is over without a fill to come: closed with the broker's status.</summary>
public sealed record AdoptedOrderStatus
{
    public AdoptedOrderStatus(ClientOrderId orderId, OrderStatus status, string reason)
    {
        if (!Closes(status))
            throw new ArgumentException($"Only a cancelled, rejected or expired order is closed by adoption, not {status}.", nameof(status));
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        OrderId = orderId;
        Status = status;
        Reason = reason;
    }

    public ClientOrderId OrderId { get; }
    public OrderStatus Status { get; }
    public string Reason { get; }

    /// <summary>The broker statuses that close an order of ours with nothing more to fill.</summary>
    public static bool Closes(OrderStatus status) => status is OrderStatus.Cancelled or OrderStatus.Rejected or OrderStatus.Expired;
}
