namespace Ouroboros.Fakes.Bybit;

/// <summary>An order inside the fake.</summary>
internal sealed class FakeBybitOrder
{
    public required string OrderId { get; init; }
    public required string OrderLinkId { get; init; }
    public required string ApiKey { get; init; }
    public required string Symbol { get; init; }
    public required string Side { get; init; }
    public required string OrderType { get; init; }
    public required decimal Quantity { get; set; }
    public decimal? Price { get; set; }
    public string TimeInForce { get; init; } = "GTC";
    public bool ReduceOnly { get; init; }
    public decimal? TakeProfit { get; set; }
    public decimal? StopLoss { get; set; }
    public string CreateType { get; init; } = "CreateByUser";
    public string Status { get; set; } = "New";
    public string RejectReason { get; set; } = "EC_NoError";
    public decimal CumExecQty { get; set; }
    public decimal CumExecValue { get; set; }
    public decimal CumExecFee { get; set; }
    public DateTimeOffset Created { get; init; }
    public DateTimeOffset Updated { get; set; }

    public bool IsOpen => Status is "New" or "PartiallyFilled" or "Untriggered";

    public decimal Leaves => IsOpen ? Quantity - CumExecQty : 0m;

    public FakeBybitOrderState Snapshot() =>
        new(OrderId, OrderLinkId, Symbol, Side, OrderType, Quantity, Price, Status, CumExecQty, ReduceOnly, TakeProfit, StopLoss, CreateType);
}
