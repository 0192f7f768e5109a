namespace Ouroboros.Fakes.Bybit;

/// <summary>One fill the fake made, as /v5/execution/list shows it.</summary>
public sealed record FakeBybitExecution(string ExecId, string OrderId, string OrderLinkId, string Symbol, string Side, decimal Price, decimal Quantity,
    decimal Fee, DateTimeOffset Time, bool IsMaker, string ApiKey);
