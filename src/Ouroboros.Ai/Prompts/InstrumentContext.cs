using Ouroboros.Domain.Instruments;

namespace Ouroboros.Ai.Prompts;

/// <summary>
/// One instrument at the prompt's time: timeframes finest first (the base timeframe is always first) and the
/// position. <see cref="Pnl"/> and <see cref="PnlPercent"/> are null when quantity, cost or price is unknown.
/// </summary>
public sealed record InstrumentContext(
    Instrument Instrument,
    IReadOnlyList<TimeframeView> Timeframes,
    decimal? Quantity,
    decimal? AverageCost,
    decimal? LastPrice)
{
    public decimal? Pnl => Quantity is { } q && AverageCost is { } c && LastPrice is { } p ? q * (p - c) : null;

    public decimal? PnlPercent => Quantity is { } q && q != 0 && AverageCost is { } c && c > 0 && LastPrice is { } p
        ? Math.Round(100m * (p - c) / c * Math.Sign(q), 2, MidpointRounding.AwayFromZero)
        : null;
}
