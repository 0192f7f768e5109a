using Ouroboros.Domain.Instruments;
using Ouroboros.Domain.Intents;
using Ouroboros.Domain.Orders;

namespace Ouroboros.Risk.Engine;

/// <summary>
/// Everything a gate may look at for one order: the order and the intent behind it, the market price, the account
/// and the engine's history (recent orders, exits, losses, daily closes). Unknown values are null, and a gate that
/// needs them denies with "data missing: …" naming what is missing.
/// </summary>
public sealed record RiskCheck(
    OrderRequest Order,
    Instrument Instrument,
    DateTimeOffset Time,
    decimal? ReferencePrice,
    decimal? EstimatedValue,
    decimal? PositionQuantity,
    AccountSnapshot Account,
    IRiskHistory History)
{
    public IntentOrigin Origin { get; init; } = IntentOrigin.Strategy;

    /// <summary>Confidence in [0, 1] for model-driven intents; null when the proposer gave none.</summary>
    public double? Confidence { get; init; }

    /// <summary>1 for a cash trade.</summary>
    public decimal Leverage { get; init; } = 1m;

    /// <summary>The intent's own stop-loss price level, if it gave one.</summary>
    public decimal? StopLossPrice { get; init; }

    /// <summary>The market whose calendar and trading state apply ("KRX", "NYSE", "CRYPTO"); null when none is known.</summary>
    public string? Market { get; init; }

    /// <summary>
    /// True when <see cref="Time"/> is a real intraday instant. Daily bars are stamped 00:00 UTC of their date, which
    /// says nothing about the time of day an order goes out, so time-of-day rules (session blackouts) skip them.
    /// </summary>
    public bool IsIntraday { get; init; }

    /// <summary>Trading date of the instrument's market at <see cref="Time"/> (daily counters reset on it).</summary>
    public DateOnly TradingDate { get; init; }

    /// <summary>
    /// True when the order opens or adds to exposure: a buy when flat/long, a sell when flat/short, or an order that
    /// goes through zero and opens the other side. An unknown position counts as an entry (the cautious reading).
    /// </summary>
    public bool IsEntry => PositionQuantity is not { } position || (Order.Side == OrderSide.Buy
        ? position >= 0 || Order.Quantity > -position
        : position <= 0 || Order.Quantity > position);

    /// <summary>A buy that opens or adds to a long (the orders the VIX halt and NAV floor stop).</summary>
    public bool IsBuyEntry => Order.Side == OrderSide.Buy && IsEntry;

    /// <summary>Signed position after the order fills completely; null when the position is unknown.</summary>
    public decimal? PositionAfter => PositionQuantity is { } p ? p + (Order.Side == OrderSide.Buy ? Order.Quantity : -Order.Quantity) : null;

    /// <summary>Absolute value of the position after the order at the reference price; null when either is unknown.</summary>
    public decimal? PositionValueAfter => PositionAfter is { } q && ReferencePrice is { } p ? Math.Abs(q * p) : null;

    /// <summary>The price the order would trade at: its limit, else its stop, else the reference price.</summary>
    public decimal? OrderPrice => Order.LimitPrice ?? Order.StopPrice ?? ReferencePrice;
}
