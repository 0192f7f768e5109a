namespace Ouroboros.Brokers.Bybit.Market;

/// <summary>One candle of <c>/v5/market/kline</c>; volume in the base coin, turnover in the quote coin. The newest may still be open.</summary>
public sealed record BybitKline(DateTimeOffset Start, decimal Open, decimal High, decimal Low, decimal Close, decimal Volume, decimal Turnover);
