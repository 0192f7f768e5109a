namespace Ouroboros.Domain.Instruments;

/// <summary>The minimum price increment at a price, and rounding of prices to it.</summary>
public abstract class TickSizeRule
{
    /// <summary>A price step far below any tick, for asking "the tick just below this price".</summary>
    public const decimal Epsilon = 0.000000001m;

    public abstract decimal TickAt(decimal price);

    /// <summary>Rounds down to the tick grid (for sells/limits that must not exceed a price).</summary>
    public decimal Floor(decimal price)
    {
        var tick = TickAt(price);
        return tick == 0 ? price : decimal.Floor(price / tick) * tick;
    }

    /// <summary>Rounds up to the tick grid.</summary>
    public decimal Ceiling(decimal price)
    {
        var tick = TickAt(price);
        return tick == 0 ? price : decimal.Ceiling(price / tick) * tick;
    }

    public decimal Nearest(decimal price)
    {
        var tick = TickAt(price);
        return tick == 0 ? price : decimal.Round(price / tick, MidpointRounding.AwayFromZero) * tick;
    }

    public bool IsOnGrid(decimal price) => TickAt(price) is var t && (t == 0 || price % t == 0);
}

/// <summary>One tick at every price (US equities 0.01, KRX ETFs 5 KRW, crypto per symbol). Zero means unrestricted.</summary>
public sealed class FixedTickSize(decimal tick) : TickSizeRule
{
    public decimal Tick { get; } = tick >= 0 ? tick : throw new ArgumentOutOfRangeException(nameof(tick), tick, "Tick must not be negative.");
    public override decimal TickAt(decimal price) => Tick;
}
