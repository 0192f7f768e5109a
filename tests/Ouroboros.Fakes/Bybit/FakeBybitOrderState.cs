namespace Ouroboros.Fakes.Bybit;

/// <summary>An order the fake holds, as realtime/history list it (a snapshot for tests).</summary>
public sealed record FakeBybitOrderState(string OrderId, string OrderLinkId, string Symbol, string Side, string OrderType, decimal Quantity,
    decimal? Price, string Status, decimal CumExecQty, bool ReduceOnly, decimal? TakeProfit, decimal? StopLoss, string CreateType);
