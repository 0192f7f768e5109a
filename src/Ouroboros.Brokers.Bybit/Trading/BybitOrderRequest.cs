using Ouroboros.Domain.Orders;

namespace Ouroboros.Brokers.Bybit.Trading;

/// <summary>
/// A linear order for <c>/v5/order/create</c> in one-way mode. <see cref="OrderLinkId"/> is our client order id, so a
/// resent order is refused as a duplicate (110072) instead of placed twice. Take-profit and stop-loss ride on the order
/// so that Bybit holds the protection even if we die; Bybit refuses them on a reduce-only order.
/// </summary>
public sealed record BybitOrderRequest(string Symbol, OrderSide Side, decimal Quantity, decimal? LimitPrice, string OrderLinkId)
{
    public bool ReduceOnly { get; init; }

    /// <summary>GTC, IOC, FOK or PostOnly for a limit order; a market order is always IOC at Bybit.</summary>
    public string? TimeInForce { get; init; }

    public decimal? TakeProfit { get; init; }

    public decimal? StopLoss { get; init; }

    public bool IsLimit => LimitPrice is not null;
}
