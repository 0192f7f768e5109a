using Ouroboros.Domain.Instruments;
using Ouroboros.Domain.Orders;

namespace Ouroboros.Domain.Venues;

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

    /// <summary>Steps tick by tick along the grid, so a step across a tick-table boundary uses the tick of the new band.</summary>
    public decimal Apply(Instrument instrument, OrderSide side, decimal price)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        var rule = instrument.TickSize;
        if (rule.TickAt(price) == 0) return price;
        if (side == OrderSide.Buy)
        {
            var up = rule.Ceiling(price);
            for (var i = 0; i < Ticks; i++) up += rule.TickAt(up);
            return up;
        }
        var down = rule.Floor(price);
        for (var i = 0; i < Ticks; i++)
        {
            // The tick just below a band boundary is the lower band's tick (KRX: 2,000 → 1,999).
            var next = down - rule.TickAt(down - TickSizeRule.Epsilon);
            if (next <= 0) break;
            down = next;
        }
        return Math.Max(rule.TickAt(down), down);
    }
}

/// <summary>Basis points against the trader (crypto), rounded onto the tick grid away from the trader's favour.</summary>
public sealed class BasisPointSlippage(decimal basisPoints) : ISlippageModel
{
    public decimal BasisPoints { get; } = basisPoints >= 0 ? basisPoints : throw new ArgumentOutOfRangeException(nameof(basisPoints), basisPoints, "Slippage must not be negative.");

    public decimal Apply(Instrument instrument, OrderSide side, decimal price)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        var f = BasisPoints / 10_000m;
        if (side == OrderSide.Buy) return instrument.TickSize.Ceiling(price * (1 + f));
        var sell = instrument.TickSize.Floor(price * (1 - f));
        // Never slip a sell to zero: the lowest price a venue accepts is one tick.
        return sell > 0 ? sell : Math.Max(instrument.TickSize.TickAt(price), price);
    }
}
