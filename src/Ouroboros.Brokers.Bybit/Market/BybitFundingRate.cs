namespace Ouroboros.Brokers.Bybit.Market;

/// <summary>One settled funding rate from <c>/v5/market/funding/history</c> (a fraction: 0.0001 is 0.01%).</summary>
public sealed record BybitFundingRate(string Symbol, decimal Rate, DateTimeOffset Time);
