namespace Ouroboros.Domain.Orders;

public enum OrderSide
{
    Buy,
    Sell,
}

public enum OrderType
{
    Market,
    Limit,
    Stop,
}

public enum TimeInForce
{
    /// <summary>Expires at the end of the session (the bar for daily bars) in which it could first trade.</summary>
    Day,
    GoodTillCancelled,
    ImmediateOrCancel,
}

public enum Liquidity
{
    Taker,
    Maker,
}

public static class OrderSideExtensions
{
    public static int Sign(this OrderSide side) => side == OrderSide.Buy ? 1 : -1;
    public static OrderSide Opposite(this OrderSide side) => side == OrderSide.Buy ? OrderSide.Sell : OrderSide.Buy;
}
