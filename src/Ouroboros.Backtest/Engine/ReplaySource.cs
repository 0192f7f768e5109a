using Ouroboros.Core.Events;
using Ouroboros.Core.Ports;
using Ouroboros.Domain.Bars;

namespace Ouroboros.Backtest.Engine;

/// <summary>
/// Replays stored bar series in time order: all bars stamped with the same time form one slice, delivered in
/// instrument order. Instruments missing a bar at a time are simply absent from that slice (no data is invented).
/// Allocation-free after construction.
/// </summary>
public sealed class ReplaySource : IMarketEventSource
{
    private readonly BarSeries[] _series;
    private readonly int[] _heads;
    private readonly BarSeries? _single;
    private DateTimeOffset _sliceTime;
    private int _scan;
    private bool _done;

    public ReplaySource(IReadOnlyList<BarSeries> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        _series = [.. series];
        _heads = new int[_series.Length];
        // One series: every bar is its own slice, so no time comparisons are needed.
        if (_series.Length == 1) _single = _series[0];
        ExpectedTimeSlices = CountSlices(_series);
        AdvanceSlice();
    }

    public int? ExpectedTimeSlices { get; }

    public bool TryRead(out BarEvent barEvent)
    {
        if (_single is { } single)
        {
            var h = _heads[0];
            if (h < single.Count)
            {
                barEvent = new BarEvent(0, single[h]);
                _heads[0] = h + 1;
                return true;
            }
            _done = true;
            barEvent = default;
            return false;
        }
        while (!_done)
        {
            for (var i = _scan; i < _series.Length; i++)
            {
                var h = _heads[i];
                var s = _series[i];
                if (h < s.Count && s[h].Time == _sliceTime)
                {
                    barEvent = new BarEvent(i, s[h]);
                    _heads[i] = h + 1;
                    _scan = i + 1;
                    return true;
                }
            }
            AdvanceSlice();
        }
        barEvent = default;
        return false;
    }

    public ValueTask<bool> WaitToReadAsync(CancellationToken cancellationToken) => ValueTask.FromResult(!_done);

    private void AdvanceSlice()
    {
        var found = false;
        var next = DateTimeOffset.MaxValue;
        for (var i = 0; i < _series.Length; i++)
        {
            var h = _heads[i];
            if (h < _series[i].Count && _series[i][h].Time < next)
            {
                next = _series[i][h].Time;
                found = true;
            }
        }
        _done = !found;
        _sliceTime = next;
        _scan = 0;
    }

    private static int CountSlices(BarSeries[] series)
    {
        if (series.Length == 1) return series[0].Count;
        var times = new HashSet<DateTimeOffset>();
        foreach (var s in series)
            foreach (ref readonly var b in s.Bars) times.Add(b.Time);
        return times.Count;
    }
}
