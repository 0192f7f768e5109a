using Ouroboros.Domain.Bars;
using Ouroboros.MarketData.Live;

namespace Ouroboros.Live.Feeds;

/// <summary>
/// Rolls closed 1-minute bars up to the strategy's interval per instrument, with the rules of
/// <see cref="Ouroboros.MarketData.BarResampler"/> (UTC-aligned buckets; open first, high max, low min, close last,
/// volume summed; a bucket without bars makes no bar). A bucket is complete when a bar of a later bucket arrives or
/// when its end has passed (<see cref="CloseDue"/>). Not thread-safe: the pipeline holds its lock.
/// </summary>
internal sealed class BarRollup
{
    private readonly long _size;
    private readonly Bar?[] _open;
    private readonly long[] _lastMinute;

    public BarRollup(int instruments, BarInterval interval)
    {
        _size = interval.Length.Ticks;
        _open = new Bar?[instruments];
        _lastMinute = new long[instruments];
        Array.Fill(_lastMinute, long.MinValue);
    }

    /// <summary>Adds a closed 1-minute bar; false when it is not after the instrument's last one (a repeat or out of order).</summary>
    public bool Add(int instrument, in Bar minute, List<ClosedBar> completed)
    {
        var ticks = minute.Time.UtcTicks;
        if (ticks <= _lastMinute[instrument]) return false;
        _lastMinute[instrument] = ticks;
        var bucket = BucketOf(ticks);
        if (_open[instrument] is { } open && open.Time.UtcTicks < bucket)
        {
            completed.Add(new ClosedBar(instrument, open));
            _open[instrument] = null;
        }
        _open[instrument] = _open[instrument] is { } current
            ? Merge(in current, in minute)
            : minute with { Time = new DateTimeOffset(bucket, TimeSpan.Zero) };
        return true;
    }

    /// <summary>The instrument's bucket still open (the minutes added so far), or null when it has none.</summary>
    public Bar? OpenBucket(int instrument) => _open[instrument];

    /// <summary>A bucket's bar with a later minute added: high max, low min, close last, volume summed.</summary>
    public static Bar Merge(in Bar bucket, in Bar minute) => bucket with
    {
        High = Math.Max(bucket.High, minute.High),
        Low = Math.Min(bucket.Low, minute.Low),
        Close = minute.Close,
        Volume = bucket.Volume + minute.Volume,
    };

    /// <summary>Completes every bucket that ends at or before <paramref name="cutoff"/>.</summary>
    public void CloseDue(DateTimeOffset cutoff, List<ClosedBar> completed)
    {
        for (var i = 0; i < _open.Length; i++)
        {
            if (_open[i] is { } open && open.Time.UtcTicks + _size <= cutoff.UtcTicks)
            {
                completed.Add(new ClosedBar(i, open));
                _open[i] = null;
            }
        }
    }

    public long BucketOf(long ticks) => ticks - (((ticks % _size) + _size) % _size);
}
