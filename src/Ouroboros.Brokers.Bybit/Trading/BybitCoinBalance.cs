namespace Ouroboros.Brokers.Bybit.Trading;

/// <summary>One coin of the wallet; what Bybit leaves blank is null.</summary>
public sealed record BybitCoinBalance(string Coin, decimal? Equity, decimal? WalletBalance, decimal? UnrealisedPnl, decimal? CumRealisedPnl);
