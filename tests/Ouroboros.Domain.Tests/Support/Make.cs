using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Domain.Tests.Support;

/// <summary>Small factories for domain values that tests build over and over.</summary>
internal static class Make
{
    public static readonly DateTimeOffset T0 = new(2024, 1, 2, 0, 0, 0, TimeSpan.Zero);
    public static readonly InstrumentId Spy = new("US:SPY");
    public static readonly StrategyId Strategy = new("test");

    private static int _fillSequence;

    public static Fill Fill(OrderSide side, decimal quantity, decimal price, decimal fee = 0m, int minute = 0, InstrumentId? instrument = null) =>
        new(new FillId($"F{Interlocked.Increment(ref _fillSequence)}"), new ClientOrderId("O-1"), instrument ?? Spy, side, quantity, price, fee,
            T0.AddMinutes(minute), Liquidity.Taker);

    public static Fill Buy(decimal quantity, decimal price, decimal fee = 0m, int minute = 0) => Fill(OrderSide.Buy, quantity, price, fee, minute);

    public static Fill Sell(decimal quantity, decimal price, decimal fee = 0m, int minute = 0) => Fill(OrderSide.Sell, quantity, price, fee, minute);

    public static OrderRequest Market(OrderSide side = OrderSide.Buy, decimal quantity = 10m, string id = "O-1") =>
        OrderRequest.Market(new ClientOrderId(id), Spy, side, quantity, T0, Strategy);

    public static OrderRequest CashMarketBuy(decimal cash, decimal estimate = 10m) =>
        new(new ClientOrderId("O-1"), Spy, OrderSide.Buy, OrderType.Market, estimate, null, null, TimeInForce.Day, T0, Strategy, cashAmount: cash);

    public static Order SubmittedOrder(decimal quantity = 10m)
    {
        var order = new Order(Market(quantity: quantity));
        order.MarkSubmitted();
        return order;
    }
}
