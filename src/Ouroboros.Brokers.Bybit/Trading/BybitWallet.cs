namespace Ouroboros.Brokers.Bybit.Trading;

/// <summary>The unified account from <c>/v5/account/wallet-balance</c>: account totals in USD and each coin's balance.</summary>
public sealed record BybitWallet(decimal? TotalEquity, decimal? TotalWalletBalance, decimal? TotalAvailableBalance, IReadOnlyList<BybitCoinBalance> Coins)
{
    public BybitCoinBalance? Coin(string coin) => Coins.FirstOrDefault(c => string.Equals(c.Coin, coin, StringComparison.OrdinalIgnoreCase));
}
