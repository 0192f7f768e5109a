using Ouroboros.Core.Inbox;
using Ouroboros.Domain.Bars;

namespace Ouroboros.Backtest.Engine;

/// <summary>
/// The backtest inbox: replays stored bar series in time order, synchronously. All bars stamped with the same time
/// form one slice, delivered in instrument order. Instruments missing a bar at a time are simply absent from that slice (no data is invented).
/// Allocation-free after construction.
/// </summary>
public sealed class ReplaySource : IKernelInbox
{
    private readonly BarSeries[] _series;
    private readonly int[] _heads;
    private readonly BarSeries? _single;

    // UtcTicks of each series' next bar (long.MaxValue once it is exhausted): the per-slice scans read this small
    // array instead of one bar in each series.
    private readonly long[] _headTicks;
    private long _sliceTicks;
    private int _scan;
    private bool _done;

    // Wide universes only: see WarmNextBars. 0 disables it.
    private readonly int _warmBars;
    private int _untilWarm;
    private long _warmSum;

    public ReplaySource(IReadOnlyList<BarSeries> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        _series = [.. series];
        _heads = new int[_series.Length];
        _headTicks = new long[_series.Length];
        for (var i = 0; i < _series.Length; i++) _headTicks[i] = TicksAt(_series[i], 0);
        // One series: every bar is its own slice, so no time comparisons are needed.
        if (_series.Length == 1) _single = _series[0];
        // About 768 KB of bars per warm pass: they stay in a core's L2 cache until their slices are read.
        if (_series.Length >= 16) _warmBars = Math.Clamp(8192 / _series.Length, 4, 64);
        ExpectedTimeSlices = CountSlices(_series);
        AdvanceSlice();
    }

    public int? ExpectedTimeSlices { get; }

    public bool TryRead(out KernelEvent kernelEvent)
    {
        if (_single is { } single)
        {
            var h = _heads[0];
            if (h < single.Count)
            {
                kernelEvent = KernelEvent.OfBar(0, in single[h]);
                _heads[0] = h + 1;
                return true;
            }
            _done = true;
            kernelEvent = default;
            return false;
        }
        while (!_done)
        {
            var ticks = _headTicks;
            for (var i = _scan; i < ticks.Length; i++)
            {
                if (ticks[i] != _sliceTicks) continue;
                var s = _series[i];
                var h = _heads[i];
                kernelEvent = KernelEvent.OfBar(i, in s[h]);
                _heads[i] = h + 1;
                ticks[i] = TicksAt(s, h + 1);
                _scan = i + 1;
                return true;
            }
            AdvanceSlice();
        }
        kernelEvent = default;
        return false;
    }

    public ValueTask<bool> WaitToReadAsync(CancellationToken cancellationToken) => ValueTask.FromResult(!_done);

    private void AdvanceSlice()
    {
        var next = long.MaxValue;
        foreach (var t in _headTicks)
        {
            if (t < next) next = t;
        }
        _done = next == long.MaxValue;
        _sliceTicks = next;
        _scan = 0;
        if (_warmBars > 0 && !_done && --_untilWarm <= 0) WarmNextBars();
    }

    /// <summary>
    /// Every few slices, reads the next bars of each series in one pass (series by series). The series lie in
    /// separate arrays and a slice takes one bar from each, so reading them slice by slice misses the cache on nearly
    /// every bar of a wide universe (measured: ~80 ns per bar for 500 series, ~25 ns when the bars are cached); read
    /// series by series, runs of consecutive bars stream in with overlapping misses and the following slices find
    /// their bars in cache (~40 ns). Only a performance hint: nothing that is returned depends on it.
    /// </summary>
    private void WarmNextBars()
    {
        _untilWarm = _warmBars;
        var sum = 0L;
        for (var i = 0; i < _series.Length; i++)
        {
            var bars = _series[i].Bars;
            var end = Math.Min(bars.Length, _heads[i] + _warmBars);
            for (var h = _heads[i]; h < end; h++) sum += bars[h].Open.Scale + bars[h].Volume.Scale;
        }
        // Kept in a field so that the reads cannot be optimised away.
        _warmSum += sum;
    }

    // DateTimeOffset equality and order are those of the UTC instant, i.e. of UtcTicks.
    private static long TicksAt(BarSeries series, int index) => index < series.Count ? series[index].Time.UtcTicks : long.MaxValue;

    private static int CountSlices(BarSeries[] series)
    {
        if (series.Length == 0) return 0;
        if (series.Length == 1 || SameTimes(series)) return series[0].Count;
        var times = new HashSet<DateTimeOffset>();
        foreach (var s in series)
            foreach (ref readonly var b in s.Bars) times.Add(b.Time);
        return times.Count;
    }

    /// <summary>True when every series has the very timestamps of the first (an aligned universe): no set is needed.</summary>
    private static bool SameTimes(BarSeries[] series)
    {
        var first = series[0].Bars;
        foreach (var s in series)
        {
            if (s.Count != first.Length) return false;
        }
        for (var k = 1; k < series.Length; k++)
        {
            var bars = series[k].Bars;
            for (var i = 0; i < bars.Length; i++)
            {
                if (bars[i].Time.UtcTicks != first[i].Time.UtcTicks) return false;
            }
        }
        return true;
    }
}
