using Ouroboros.Core.Inbox;
using Ouroboros.Domain.Instruments;
using Ouroboros.Domain.Intents;

namespace Ouroboros.Core.Strategies;

/// <summary>What a strategy may see and do: the universe, its positions, the account, and submitting intents.</summary>
public interface IStrategyContext
{
    IReadOnlyList<Instrument> Instruments { get; }
    TimeProvider Clock { get; }

    /// <summary>Signed position quantity in instrument <paramref name="instrument"/> (0 when flat).</summary>
    decimal PositionOf(int instrument);

    /// <summary>Last close seen for the instrument, null before its first bar.</summary>
    decimal? LastPrice(int instrument);

    /// <summary>
    /// The instrument's bar still in progress as of the latest rescan, or null when there is none (no rescan yet, no
    /// prints in the period, or its closed bar has arrived). Never part of <see cref="LastPrice"/>, the equity or any
    /// closed bar.
    /// </summary>
    PartialBar? PartialBarOf(int instrument);

    decimal Cash { get; }
    decimal Equity { get; }

    /// <summary>Queues an intent; it is sized, gated and ordered when the current time slice ends.</summary>
    void Submit(TradeIntent intent);

    int IndexOf(Domain.Primitives.InstrumentId instrument);
}
