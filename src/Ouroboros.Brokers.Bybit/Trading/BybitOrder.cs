using Ouroboros.Domain.Orders;

namespace Ouroboros.Brokers.Bybit.Trading;

/// <summary>One order as <c>/v5/order/realtime</c> or <c>/v5/order/history</c> lists it.</summary>
public sealed record BybitOrder(
    string OrderId,
    string OrderLinkId,
    string Symbol,
    OrderSide Side,
    string OrderType,
    string Status,
    decimal? Price,
    decimal Quantity,
    decimal CumExecQty,
    decimal? AveragePrice,
    decimal? LeavesQty,
    string RejectReason,
    decimal? TakeProfit,
    decimal? StopLoss,
    bool ReduceOnly,
    DateTimeOffset? CreatedTime,
    DateTimeOffset? UpdatedTime)
{
    /// <summary>Filled, Cancelled, Rejected, Deactivated or PartiallyFilledCanceled: nothing more will happen to it.</summary>
    public bool Ended => Status is "Filled" or "Cancelled" or "Rejected" or "Deactivated" or "PartiallyFilledCanceled";

    /// <summary>The order's status in the kernel's terms.</summary>
    public OrderStatus KernelStatus => Status switch
    {
        "Filled" => OrderStatus.Filled,
        "Rejected" => OrderStatus.Rejected,
        "Cancelled" or "Deactivated" or "PartiallyFilledCanceled" => OrderStatus.Cancelled,
        "PartiallyFilled" => OrderStatus.PartiallyFilled,
        _ => OrderStatus.Accepted,
    };
}
