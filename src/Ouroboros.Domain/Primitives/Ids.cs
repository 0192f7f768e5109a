namespace Ouroboros.Domain.Primitives;

/// <summary>Identifies an instrument as VENUE:SYMBOL, e.g. KRX:069500, US:SPY, BYBIT:BTCUSDT, CSV:SPY.</summary>
public readonly record struct InstrumentId
{
    public InstrumentId(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        Value = value;
    }

    public string Value { get; }
    public override string ToString() => Value;
}

/// <summary>Our own id for an order, unique per order and stable across retries (idempotency key).</summary>
public readonly record struct ClientOrderId
{
    public ClientOrderId(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        Value = value;
    }

    public string Value { get; }
    public override string ToString() => Value;
}

/// <summary>The broker's id for an order, known only after the broker acknowledged it.</summary>
public readonly record struct BrokerOrderId
{
    public BrokerOrderId(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        Value = value;
    }

    public string Value { get; }
    public override string ToString() => Value;
}

public readonly record struct FillId
{
    public FillId(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        Value = value;
    }

    public string Value { get; }
    public override string ToString() => Value;
}

/// <summary>Identifies one backtest, paper or live run in the journal.</summary>
public readonly record struct RunId
{
    public RunId(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        Value = value;
    }

    public string Value { get; }
    public override string ToString() => Value;
}

public readonly record struct StrategyId
{
    public StrategyId(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        Value = value;
    }

    public string Value { get; }
    public override string ToString() => Value;
}
