namespace Ouroboros.Fakes.Bybit;

/// <summary>One candle to serve from /v5/market/kline.</summary>
public sealed record FakeBybitKline(DateTimeOffset Start, decimal Open, decimal High, decimal Low, decimal Close, decimal Volume);
