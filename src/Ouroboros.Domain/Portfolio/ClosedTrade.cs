using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Domain.Portfolio;

/// <summary>
/// A round trip: from the first fill that opened a position from flat to the fill that brought it back to flat.
/// <see cref="NetPnl"/> is after all fees paid on the way in and out.
/// </summary>
public sealed record ClosedTrade(
    InstrumentId Instrument,
    OrderSide Direction,
    DateTimeOffset EntryTime,
    decimal EntryPrice,
    DateTimeOffset ExitTime,
    decimal ExitPrice,
    decimal Quantity,
    decimal GrossPnl,
    decimal Fees)
{
    public decimal NetPnl => GrossPnl - Fees;
    public decimal ReturnPct => EntryPrice * Quantity == 0 ? 0 : NetPnl / (EntryPrice * Quantity);
    public TimeSpan Duration => ExitTime - EntryTime;
}

/// <summary>A position that was still open at the end of a run, marked at the last price.</summary>
public sealed record OpenTrade(
    InstrumentId Instrument,
    OrderSide Direction,
    DateTimeOffset EntryTime,
    decimal EntryPrice,
    decimal Quantity,
    decimal MarkPrice,
    decimal UnrealizedPnl,
    decimal FeesPaid);
