using Ouroboros.Domain.Primitives;

namespace Ouroboros.Domain.Orders;

/// <summary>An order's request and its state at one moment, for journals and reports.</summary>
public sealed record OrderSnapshot(
    OrderRequest Request,
    OrderStatus Status,
    decimal FilledQuantity,
    decimal AverageFillPrice,
    decimal Fees,
    BrokerOrderId? BrokerId,
    string? Reason,
    DateTimeOffset UpdatedAt)
{
    public static OrderSnapshot Of(Order order, DateTimeOffset time)
    {
        ArgumentNullException.ThrowIfNull(order);
        return new(order.Request, order.Status, order.FilledQuantity, order.AverageFillPrice, order.Fees, order.BrokerId, order.Reason, time);
    }
}
