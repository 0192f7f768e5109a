using Ouroboros.Domain.Instruments;
using Ouroboros.Domain.Orders;

namespace Ouroboros.Domain.Fees;

/// <summary>Moves a market fill price against the trader. Limit fills are never slipped.</summary>
public interface ISlippageModel
{
    decimal Apply(Instrument instrument, OrderSide side, decimal price);
}

public sealed class NoSlippage : ISlippageModel
{
    public static NoSlippage Instance { get; } = new();
    public decimal Apply(Instrument instrument, OrderSide side, decimal price) => price;
}

/// <summary>A number of ticks against the trader (KRX/US), rounded onto the tick grid.</summary>
public sealed class TickSlippage(int ticks) : ISlippageModel
{
    public int Ticks { get; } = ticks >= 0 ? ticks : throw new ArgumentOutOfRangeException(nameof(ticks), ticks, "Slippage ticks must not be negative.");

    public decimal Apply(Instrument instrument, OrderSide side, decimal price)
    {
        var tick = instrument.TickSize.TickAt(price);
        return side == OrderSide.Buy ? price + tick * Ticks : Math.Max(tick, price - tick * Ticks);
    }
}

/// <summary>Basis points against the trader (crypto), rounded onto the tick grid away from the trader's favour.</summary>
public sealed class BasisPointSlippage(decimal basisPoints) : ISlippageModel
{
    public decimal BasisPoints { get; } = basisPoints >= 0 ? basisPoints : throw new ArgumentOutOfRangeException(nameof(basisPoints), basisPoints, "Slippage must not be negative.");

    public decimal Apply(Instrument instrument, OrderSide side, decimal price)
    {
        var f = BasisPoints / 10_000m;
        return side == OrderSide.Buy ? instrument.TickSize.Ceiling(price * (1 + f)) : instrument.TickSize.Floor(price * (1 - f));
    }
}
