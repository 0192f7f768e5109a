using Ouroboros.Domain.Instruments;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Domain.Venues;

/// <summary>Bybit: maker or taker rate on notional (spot non-VIP defaults 0.1% / 0.1%).</summary>
public sealed class BybitFeeModel(decimal makerRate = 0.001m, decimal takerRate = 0.001m) : IFeeModel
{
    public decimal MakerRate { get; } = Guard.NotNegative(makerRate, nameof(makerRate));
    public decimal TakerRate { get; } = Guard.NotNegative(takerRate, nameof(takerRate));

    public decimal Fee(Instrument instrument, OrderSide side, decimal quantity, decimal price, Liquidity liquidity) =>
        quantity * price * (liquidity == Liquidity.Maker ? MakerRate : TakerRate);
}
