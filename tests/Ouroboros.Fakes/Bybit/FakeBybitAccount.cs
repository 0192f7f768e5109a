namespace Ouroboros.Fakes.Bybit;

/// <summary>One unified account: its key and secret, USDT wallet, leverage per symbol, positions, orders and fills.</summary>
internal sealed class FakeBybitAccount(string apiKey, string secret, decimal wallet)
{
    public string ApiKey { get; } = apiKey;
    public string Secret { get; } = secret;
    public decimal Wallet { get; set; } = wallet;
    public Dictionary<string, decimal> Leverage { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, FakeBybitPosition> Positions { get; } = new(StringComparer.Ordinal);
    public List<FakeBybitOrder> Orders { get; } = [];
    public List<FakeBybitExecution> Executions { get; } = [];

    public decimal LeverageOf(string symbol) => Leverage.GetValueOrDefault(symbol, 10m);

    public FakeBybitPosition Position(string symbol)
    {
        if (!Positions.TryGetValue(symbol, out var p)) Positions[symbol] = p = new FakeBybitPosition(symbol);
        return p;
    }
}
