using Ouroboros.Domain.Bars;

namespace Ouroboros.Live.Feeds;

/// <summary>
/// Completed bars of the strategy's interval wait here until their slice is due, so that every instrument's bar of
/// one time reaches the kernel in one slice (instrument order, then a <see cref="TimerKind.SliceClose"/>). A bar whose
/// time was already posted for its instrument is a duplicate; one whose slice has gone out without it is late: both
/// are dropped and counted, because the kernel never goes back in time. Not thread-safe: the pipeline holds its lock.
/// </summary>
internal sealed class SliceStaging
{
    private readonly int _instruments;
    private readonly SortedDictionary<long, Bar?[]> _waiting = [];
    private readonly long[] _postedThrough;
    private long _lastSlice = long.MinValue;

    public SliceStaging(int instruments)
    {
        _instruments = instruments;
        _postedThrough = new long[instruments];
        Array.Fill(_postedThrough, long.MinValue);
    }

    public long DuplicateBars { get; private set; }
    public long LateBars { get; private set; }
    public long SlicesPosted { get; private set; }
    public long BarsPosted { get; private set; }

    /// <summary>The time of the last slice posted (ticks), or <see cref="long.MinValue"/>.</summary>
    public long LastSlice => _lastSlice;

    public void Stage(int instrument, in Bar bar)
    {
        var ticks = bar.Time.UtcTicks;
        if (ticks <= _postedThrough[instrument])
        {
            DuplicateBars++;
            return;
        }
        if (ticks <= _lastSlice)
        {
            LateBars++;
            return;
        }
        if (!_waiting.TryGetValue(ticks, out var bars)) _waiting[ticks] = bars = new Bar?[_instruments];
        if (bars[instrument] is not null)
        {
            DuplicateBars++;
            return;
        }
        bars[instrument] = bar;
    }

    /// <summary>Posts, oldest first, every waiting slice whose bars end at or before <paramref name="cutoffTicks"/>.</summary>
    public void PostDue(long cutoffTicks, long intervalTicks, IFeedTarget target)
    {
        while (_waiting.Count > 0)
        {
            var (ticks, bars) = _waiting.First();
            if (ticks + intervalTicks > cutoffTicks) return;
            _waiting.Remove(ticks);
            var slice = new List<(int, Bar)>(bars.Length);
            for (var i = 0; i < bars.Length; i++)
            {
                if (bars[i] is not { } bar) continue;
                slice.Add((i, bar));
                _postedThrough[i] = ticks;
                BarsPosted++;
            }
            target.PostSlice(new DateTimeOffset(ticks, TimeSpan.Zero), slice);
            _lastSlice = ticks;
            SlicesPosted++;
        }
    }
}
