namespace Ouroboros.Fakes.Kis;

/// <summary>An account registered by a test: its keys, cash per currency and holdings. Guarded by the server's lock.</summary>
internal sealed class FakeKisAccount(FakeKisHost host, string appKey, string appSecret, string cano, string productCode)
{
    public FakeKisHost Host { get; } = host;

    public string AppKey { get; } = appKey;

    public string AppSecret { get; } = appSecret;

    public string Cano { get; } = cano;

    public string ProductCode { get; } = productCode;

    public string Number => Cano + "-" + ProductCode;

    public Dictionary<string, decimal> Cash { get; } = new(StringComparer.Ordinal);

    /// <summary>Cash held back by open buy orders, per currency.</summary>
    public Dictionary<string, decimal> ReservedCash { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, decimal> BoughtToday { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, decimal> SoldToday { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, decimal> StartingCash { get; } = new(StringComparer.Ordinal);

    /// <summary>The starting holdings at their starting average prices, for bfdy_tot_asst_evlu_amt.</summary>
    public decimal StartingHoldingsValue { get; set; }

    /// <summary>Keyed by exchange and symbol; sorted so pages are stable.</summary>
    public SortedDictionary<string, FakeKisPosition> Positions { get; } = new(StringComparer.Ordinal);

    public decimal CashIn(string currency) => Cash.GetValueOrDefault(currency);

    public decimal AvailableCash(string currency) => CashIn(currency) - ReservedCash.GetValueOrDefault(currency);

    public FakeKisPosition Position(string exchange, string symbol, string currency)
    {
        var key = exchange + ":" + symbol;
        if (!Positions.TryGetValue(key, out var p))
            Positions[key] = p = new FakeKisPosition(symbol, exchange, currency);
        return p;
    }

    public FakeKisPosition? FindPosition(string exchange, string symbol) =>
        Positions.GetValueOrDefault(exchange + ":" + symbol);

    public void AddCash(Dictionary<string, decimal> target, string currency, decimal amount) =>
        target[currency] = target.GetValueOrDefault(currency) + amount;
}
