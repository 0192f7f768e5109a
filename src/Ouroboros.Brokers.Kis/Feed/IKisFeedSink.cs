using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Brokers.Kis.Feed;

/// <summary>What the feed's REST helpers (the poller and the gap catch-up) see of it: the instruments it streams and the way out.</summary>
internal interface IKisFeedSink
{
    /// <summary>The instruments subscribed now, in subscription order.</summary>
    IReadOnlyList<(InstrumentId Id, KisFeedInstrument Where)> Subscribed();

    /// <summary>A REST price read at <paramref name="time"/>, with the day's cumulative volume when the host gave one.</summary>
    void Polled(InstrumentId id, decimal price, decimal? cumulativeVolume, DateTimeOffset time);

    /// <summary>A closed 1-minute bar fetched after a gap; dropped when trades of that minute were already emitted.</summary>
    void CaughtUp(InstrumentId id, Bar minute);
}
