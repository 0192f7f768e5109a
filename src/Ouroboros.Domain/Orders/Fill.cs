using Ouroboros.Domain.Primitives;

namespace Ouroboros.Domain.Orders;

/// <summary>An execution of (part of) an order. Fee is in the instrument's currency.</summary>
public sealed record Fill
{
    public Fill(FillId id, ClientOrderId orderId, InstrumentId instrument, OrderSide side, decimal quantity, decimal price, decimal fee, DateTimeOffset time, Liquidity liquidity)
    {
        Id = id;
        OrderId = orderId;
        Instrument = instrument;
        Side = side;
        Quantity = Guard.Positive(quantity, nameof(quantity));
        Price = Guard.Positive(price, nameof(price));
        Fee = Guard.NotNegative(fee, nameof(fee));
        Time = time;
        Liquidity = liquidity;
    }

    public FillId Id { get; }
    public ClientOrderId OrderId { get; }
    public InstrumentId Instrument { get; }
    public OrderSide Side { get; }
    public decimal Quantity { get; }
    public decimal Price { get; }
    public decimal Fee { get; }
    public DateTimeOffset Time { get; }
    public Liquidity Liquidity { get; }
    public decimal Notional => Quantity * Price;
}
