namespace Ouroboros.Fakes.Bybit;

/// <summary>A linear contract's rules as instruments-info lists them.</summary>
public sealed record FakeBybitInstrument(string Symbol, decimal TickSize = 0.1m, decimal QtyStep = 0.001m, decimal MinOrderQty = 0.001m,
    decimal MaxOrderQty = 1190m, decimal MinNotionalValue = 5m, decimal MaxLeverage = 100m);

/// <summary>One candle to serve from /v5/market/kline.</summary>
public sealed record FakeBybitKline(DateTimeOffset Start, decimal Open, decimal High, decimal Low, decimal Close, decimal Volume);

/// <summary>One fill the fake made, as /v5/execution/list shows it.</summary>
public sealed record FakeBybitExecution(string ExecId, string OrderId, string OrderLinkId, string Symbol, string Side, decimal Price, decimal Quantity,
    decimal Fee, DateTimeOffset Time, bool IsMaker, string ApiKey);

/// <summary>An order the fake holds, as realtime/history list it (a snapshot for tests).</summary>
public sealed record FakeBybitOrderState(string OrderId, string OrderLinkId, string Symbol, string Side, string OrderType, decimal Quantity,
    decimal? Price, string Status, decimal CumExecQty, bool ReduceOnly, decimal? TakeProfit, decimal? StopLoss, string CreateType);

/// <summary>An order inside the fake.</summary>
internal sealed class FakeBybitOrder
{
    public required string OrderId { get; init; }
    public required string OrderLinkId { get; init; }
    public required string ApiKey { get; init; }
    public required string Symbol { get; init; }
    public required string Side { get; init; }
    public required string OrderType { get; init; }
    public required decimal Quantity { get; set; }
    public decimal? Price { get; set; }
    public string TimeInForce { get; init; } = "GTC";
    public bool ReduceOnly { get; init; }
    public decimal? TakeProfit { get; set; }
    public decimal? StopLoss { get; set; }
    public string CreateType { get; init; } = "CreateByUser";
    public string Status { get; set; } = "New";
    public string RejectReason { get; set; } = "EC_NoError";
    public decimal CumExecQty { get; set; }
    public decimal CumExecValue { get; set; }
    public decimal CumExecFee { get; set; }
    public DateTimeOffset Created { get; init; }
    public DateTimeOffset Updated { get; set; }

    public bool IsOpen => Status is "New" or "PartiallyFilled" or "Untriggered";

    public decimal Leaves => IsOpen ? Quantity - CumExecQty : 0m;

    public FakeBybitOrderState Snapshot() =>
        new(OrderId, OrderLinkId, Symbol, Side, OrderType, Quantity, Price, Status, CumExecQty, ReduceOnly, TakeProfit, StopLoss, CreateType);
}

/// <summary>A one-way position: signed size (negative short), average entry and the TP/SL Bybit holds on it.</summary>
internal sealed class FakeBybitPosition(string symbol)
{
    public string Symbol { get; } = symbol;
    public decimal Size { get; set; }
    public decimal AveragePrice { get; set; }
    public decimal? TakeProfit { get; set; }
    public decimal? StopLoss { get; set; }
    public decimal CumRealisedPnl { get; set; }
}

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
