using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Primitives;
using Ouroboros.Domain.Tests.Support;

namespace Ouroboros.Domain.Tests.Orders;

/// <summary>What an OrderRequest refuses at construction.</summary>
public sealed class OrderRequestTests
{
    private static OrderRequest Request(OrderSide side = OrderSide.Buy, OrderType type = OrderType.Market, decimal quantity = 10m,
        decimal? limit = null, decimal? stop = null, decimal? cash = null) =>
        new(new ClientOrderId("O-1"), Make.Spy, side, type, quantity, limit, stop, TimeInForce.Day, Make.T0, Make.Strategy, cashAmount: cash);

    [Fact]
    public void A_market_request_carries_its_values()
    {
        var request = OrderRequest.Market(new ClientOrderId("O-9"), Make.Spy, OrderSide.Sell, 5m, Make.T0, Make.Strategy, "exit");

        request.Type.ShouldBe(OrderType.Market);
        request.Side.ShouldBe(OrderSide.Sell);
        request.Quantity.ShouldBe(5m);
        request.TimeInForce.ShouldBe(TimeInForce.Day);
        request.Tag.ShouldBe("exit");
        request.LimitPrice.ShouldBeNull();
        request.CashAmount.ShouldBeNull();
    }

    [Fact]
    public void A_limit_order_needs_a_limit_price() =>
        Should.Throw<ArgumentException>(() => Request(type: OrderType.Limit)).Message.ShouldStartWith("A limit order needs a limit price.");

    [Fact]
    public void A_stop_order_needs_a_stop_price() =>
        Should.Throw<ArgumentException>(() => Request(type: OrderType.Stop)).Message.ShouldStartWith("A stop order needs a stop price.");

    [Fact]
    public void Limit_and_stop_orders_with_their_prices_are_accepted()
    {
        Request(type: OrderType.Limit, limit: 99.5m).LimitPrice.ShouldBe(99.5m);
        Request(type: OrderType.Stop, stop: 101m).StopPrice.ShouldBe(101m);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_non_positive_quantity_is_rejected(int quantity) =>
        Should.Throw<ArgumentOutOfRangeException>(() => Request(quantity: quantity)).ParamName.ShouldBe("quantity");

    [Fact]
    public void Non_positive_limit_stop_and_cash_amounts_are_rejected()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => Request(type: OrderType.Limit, limit: 0m)).ParamName.ShouldBe("limitPrice");
        Should.Throw<ArgumentOutOfRangeException>(() => Request(type: OrderType.Stop, stop: -1m)).ParamName.ShouldBe("stopPrice");
        Should.Throw<ArgumentOutOfRangeException>(() => Request(cash: 0m)).ParamName.ShouldBe("cashAmount");
    }

    [Fact]
    public void A_cash_amount_is_accepted_on_a_market_buy() => Request(cash: 5_000m).CashAmount.ShouldBe(5_000m);

    [Theory]
    [InlineData(OrderSide.Sell, OrderType.Market)]
    [InlineData(OrderSide.Buy, OrderType.Limit)]
    [InlineData(OrderSide.Buy, OrderType.Stop)]
    public void A_cash_amount_is_only_for_market_buys(OrderSide side, OrderType type) =>
        Should.Throw<ArgumentException>(() => Request(side, type, limit: 100m, stop: 100m, cash: 5_000m))
            .Message.ShouldStartWith("Only market buys can be sized by cash amount.");

    [Fact]
    public void Typed_ids_reject_blank_values()
    {
        Should.Throw<ArgumentException>(() => new ClientOrderId(" "));
        Should.Throw<ArgumentException>(() => new InstrumentId(""));
        Should.Throw<ArgumentException>(() => new BrokerOrderId(" "));
        Should.Throw<ArgumentException>(() => new FillId(""));
        Should.Throw<ArgumentException>(() => new RunId(" "));
        Should.Throw<ArgumentException>(() => new StrategyId(""));
    }

    [Fact]
    public void Order_sides_have_a_sign_and_an_opposite()
    {
        OrderSide.Buy.Sign().ShouldBe(1);
        OrderSide.Sell.Sign().ShouldBe(-1);
        OrderSide.Buy.Opposite().ShouldBe(OrderSide.Sell);
        OrderSide.Sell.Opposite().ShouldBe(OrderSide.Buy);
    }
}
