using Ouroboros.Domain.Primitives;

namespace Ouroboros.Risk.Engine;

/// <summary>
/// What the risk engine remembers between orders, read-only for gates: recent approved orders, exits, losing
/// streaks, daily closes and which strategy holds each position. The engine updates it; gates stay pure functions.
/// </summary>
public interface IRiskHistory
{
    /// <summary>Approved orders since the current trading day began.</summary>
    int OrdersToday { get; }

    /// <summary>Approved orders at or after <paramref name="since"/>.</summary>
    int OrdersSince(DateTimeOffset since);

    /// <summary>When the last position in the instrument was closed (went back to flat); null if never.</summary>
    DateTimeOffset? LastExit(InstrumentId instrument);

    /// <summary>Consecutive losing round trips, counted back from the latest; a winner resets it.</summary>
    int ConsecutiveLosses { get; }

    /// <summary>Exit time of the latest losing round trip; null if none.</summary>
    DateTimeOffset? LastLossTime { get; }

    /// <summary>The close of the last completed trading day; null until one was seen.</summary>
    decimal? PreviousClose(InstrumentId instrument);

    /// <summary>Simple daily close-to-close returns, oldest first, at most the lookback the engine keeps.</summary>
    IReadOnlyList<double> DailyReturns(InstrumentId instrument);

    /// <summary>The trading date each of <see cref="DailyReturns"/> ended on (same order and count), so that returns of
    /// instruments with different holidays are paired by date, never by position.</summary>
    IReadOnlyList<DateOnly> DailyReturnDates(InstrumentId instrument);

    /// <summary>The strategy whose entry opened the current position in the instrument; null when flat or unknown.</summary>
    StrategyId? HolderOf(InstrumentId instrument);

    /// <summary>Per-unit stop distance (price units) of the current position, as set at entry; null when flat.</summary>
    decimal? StopDistanceOf(InstrumentId instrument);
}
