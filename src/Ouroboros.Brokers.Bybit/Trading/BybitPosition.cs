using Ouroboros.Domain.Orders;

namespace Ouroboros.Brokers.Bybit.Trading;

/// <summary>One row of <c>/v5/position/list</c>. <see cref="Side"/> is null when there is no position; size is always positive.</summary>
public sealed record BybitPosition(
    string Symbol,
    int PositionIdx,
    OrderSide? Side,
    decimal Size,
    decimal? AveragePrice,
    decimal? Leverage,
    decimal? MarkPrice,
    decimal? LiquidationPrice,
    decimal? TakeProfit,
    decimal? StopLoss,
    decimal? UnrealisedPnl)
{
    /// <summary>The size with its sign: positive long, negative short, zero flat.</summary>
    public decimal SignedSize => Side switch
    {
        OrderSide.Buy => Size,
        OrderSide.Sell => -Size,
        _ => 0m,
    };
}
