using Ouroboros.Domain.Orders;

namespace Ouroboros.Risk.Engine;

/// <summary>
/// Everything a gate may look at for one order: the order, its estimated value and the account at decision time.
/// Values the caller does not know are null, and a gate that needs them denies with "data missing".
/// </summary>
public sealed record RiskCheck(
    OrderRequest Order,
    DateTimeOffset Time,
    decimal? ReferencePrice,
    decimal? EstimatedValue,
    decimal PositionQuantity,
    decimal? AvailableCash,
    decimal? Equity,
    decimal? DayStartEquity)
{
    /// <summary>
    /// True when the order opens or adds to exposure: a buy when flat/long, a sell when flat/short, or an order that
    /// goes through zero and opens the other side (its excess is a new position).
    /// </summary>
    public bool IsEntry => Order.Side == OrderSide.Buy
        ? PositionQuantity >= 0 || Order.Quantity > -PositionQuantity
        : PositionQuantity <= 0 || Order.Quantity > PositionQuantity;
}
