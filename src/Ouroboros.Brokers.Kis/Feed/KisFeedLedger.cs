using Ouroboros.Domain.Primitives;

namespace Ouroboros.Brokers.Kis.Feed;

/// <summary>
/// What the feed has already emitted per instrument: the minutes it sent trades for (so a gap catch-up never sends a
/// bar for a minute the pipeline already has trades of) and the last cumulative volume it saw (so a polled price
/// carries only the volume traded since). Not thread-safe: the feed holds its lock.
/// </summary>
internal sealed class KisFeedLedger
{
    private static readonly long MinuteTicks = TimeSpan.TicksPerMinute;
    private static readonly long KeepTicks = TimeSpan.TicksPerDay;
    private readonly Dictionary<InstrumentId, HashSet<long>> _minutes = [];
    private readonly Dictionary<InstrumentId, (decimal Cumulative, long Minute)> _volume = [];

    public static long MinuteOf(DateTimeOffset time) => time.UtcTicks - (((time.UtcTicks % MinuteTicks) + MinuteTicks) % MinuteTicks);

    public void Emitted(InstrumentId id, DateTimeOffset time)
    {
        if (!_minutes.TryGetValue(id, out var set)) _minutes[id] = set = [];
        if (set.Add(MinuteOf(time)) && set.Count > 2_000)
        {
            // A day of minutes is far more than any gap; older ones can no longer be caught up.
            var horizon = MinuteOf(time) - KeepTicks;
            set.RemoveWhere(m => m < horizon);
        }
    }

    public bool WasEmitted(InstrumentId id, long minute) => _minutes.TryGetValue(id, out var set) && set.Contains(minute);

    /// <summary>A streamed trade's cumulative volume: the baseline the next polled price's size is measured from.</summary>
    public void SawCumulative(InstrumentId id, decimal cumulative, DateTimeOffset time) => _volume[id] = (cumulative, MinuteOf(time));

    /// <summary>
    /// The size of a polled price: the rise of the cumulative volume since the last one seen in this or the previous
    /// minute. Unknown (0, never a guess) when the volume is missing, when there is no recent baseline (a delta over a
    /// longer span could include minutes a gap catch-up sends as bars) or when it fell (a new trading day).
    /// </summary>
    public decimal PolledSize(InstrumentId id, decimal? cumulative, DateTimeOffset time)
    {
        if (cumulative is not { } now) return 0m;
        var minute = MinuteOf(time);
        var size = _volume.TryGetValue(id, out var last) && last.Minute >= minute - MinuteTicks && now >= last.Cumulative ? now - last.Cumulative : 0m;
        _volume[id] = (now, minute);
        return size;
    }
}
