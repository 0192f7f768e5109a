using Ouroboros.Domain.Primitives;

namespace Ouroboros.Domain.Orders;

/// <summary>An immutable request to trade, built after sizing and before the risk gates.</summary>
public sealed record OrderRequest
{
    public OrderRequest(ClientOrderId id, InstrumentId instrument, OrderSide side, OrderType type, decimal quantity,
        decimal? limitPrice, decimal? stopPrice, TimeInForce timeInForce, DateTimeOffset createdAt, StrategyId strategy, string? tag = null,
        decimal? cashAmount = null)
    {
        Guard.Positive(quantity, nameof(quantity));
        if (type == OrderType.Limit && limitPrice is null) throw new ArgumentException("A limit order needs a limit price.", nameof(limitPrice));
        if (type == OrderType.Stop && stopPrice is null) throw new ArgumentException("A stop order needs a stop price.", nameof(stopPrice));
        if (limitPrice is { } lp) Guard.Positive(lp, nameof(limitPrice));
        if (stopPrice is { } sp) Guard.Positive(sp, nameof(stopPrice));
        if (cashAmount is { } ca) Guard.Positive(ca, nameof(cashAmount));
        if (cashAmount is not null && (type != OrderType.Market || side != OrderSide.Buy))
            throw new ArgumentException("Only market buys can be sized by cash amount.", nameof(cashAmount));
        Id = id;
        Instrument = instrument;
        Side = side;
        Type = type;
        Quantity = quantity;
        LimitPrice = limitPrice;
        StopPrice = stopPrice;
        TimeInForce = timeInForce;
        CreatedAt = createdAt;
        Strategy = strategy;
        Tag = tag;
        CashAmount = cashAmount;
    }

    public ClientOrderId Id { get; }
    public InstrumentId Instrument { get; }
    public OrderSide Side { get; }
    public OrderType Type { get; }
    public decimal Quantity { get; }
    public decimal? LimitPrice { get; }
    public decimal? StopPrice { get; }
    public TimeInForce TimeInForce { get; }
    public DateTimeOffset CreatedAt { get; }
    public StrategyId Strategy { get; }
    public string? Tag { get; }

    /// <summary>
    /// When set, the order spends up to this much cash: the final quantity is the largest whole lot affordable at the
    /// actual fill price with fees included, and <see cref="Quantity"/> is only the estimate at the reference price.
    /// </summary>
    public decimal? CashAmount { get; }

    public static OrderRequest Market(ClientOrderId id, InstrumentId instrument, OrderSide side, decimal quantity, DateTimeOffset createdAt, StrategyId strategy, string? tag = null) =>
        new(id, instrument, side, OrderType.Market, quantity, null, null, TimeInForce.Day, createdAt, strategy, tag);
}
