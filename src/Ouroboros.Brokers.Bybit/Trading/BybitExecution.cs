using Ouroboros.Domain.Orders;

namespace Ouroboros.Brokers.Bybit.Trading;

/// <summary>One fill from <c>/v5/execution/list</c>; <see cref="ExecId"/> is unique, so a fill heard twice is told once.</summary>
public sealed record BybitExecution(
    string ExecId,
    string OrderId,
    string OrderLinkId,
    string Symbol,
    OrderSide Side,
    decimal Price,
    decimal Quantity,
    decimal Fee,
    string? FeeCurrency,
    string ExecType,
    DateTimeOffset Time,
    bool IsMaker);
