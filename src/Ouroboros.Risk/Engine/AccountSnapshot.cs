using Ouroboros.Domain.Primitives;

namespace Ouroboros.Risk.Engine;

/// <summary>One open position as the account sees it; a null price means it cannot be valued right now.</summary>
public sealed record PositionExposure(InstrumentId Instrument, decimal Quantity, decimal? Price)
{
    /// <summary>Absolute market value, or null when the price is unknown.</summary>
    public decimal? Value => Price is { } p ? Math.Abs(Quantity * p) : null;
}

/// <summary>
/// The account at decision time. Every figure is nullable: null means unknown (a failed broker query, no mark yet),
/// and a gate that needs it denies with "data missing" instead of using zero.
/// </summary>
public sealed record AccountSnapshot(
    decimal? AvailableCash,
    decimal? Equity,
    decimal? DayStartEquity,
    decimal? InitialEquity,
    IReadOnlyList<PositionExposure>? Positions)
{
    /// <summary>Sum of absolute position values; null when the positions or any of their prices are unknown.</summary>
    public decimal? GrossExposure
    {
        get
        {
            if (Positions is null) return null;
            var sum = 0m;
            foreach (var p in Positions)
            {
                if (p.Value is not { } v) return null;
                sum += v;
            }
            return sum;
        }
    }
}
