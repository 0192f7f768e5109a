namespace Ouroboros.Fakes.Bybit;

/// <summary>A linear contract's rules as instruments-info lists them.</summary>
public sealed record FakeBybitInstrument(string Symbol, decimal TickSize = 0.1m, decimal QtyStep = 0.001m, decimal MinOrderQty = 0.001m,
    decimal MaxOrderQty = 1190m, decimal MinNotionalValue = 5m, decimal MaxLeverage = 100m);
