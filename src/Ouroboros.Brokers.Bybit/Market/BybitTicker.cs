namespace Ouroboros.Brokers.Bybit.Market;

/// <summary>A linear ticker from <c>/v5/market/tickers</c>; prices Bybit leaves blank are null.</summary>
public sealed record BybitTicker(string Symbol, decimal? LastPrice, decimal? MarkPrice, decimal? IndexPrice, decimal? Bid1Price, decimal? Ask1Price,
    decimal? FundingRate, DateTimeOffset? NextFundingTime);
