namespace Ouroboros.Analytics.Statistics;

/// <summary>
/// Streaming drawdown of a value series: the deepest fall below a running peak, and the longest time from a peak to
/// the first point back at or above it (a drawdown still open at the end counts up to the last point).
/// </summary>
internal struct DrawdownTracker
{
    private bool _started;
    private bool _inDrawdown;
    private double _peak;
    private int _peakIndex;
    private long _peakTicks;
    private int _lastIndex;
    private long _lastTicks;
    private double _lastValue;
    private double _maxDrawdown;
    private long _maxPeakTicks;
    private long _maxTroughTicks;
    private long _longestTicks;
    private int _longestBars;

    public void Add(int index, long utcTicks, double value)
    {
        _lastIndex = index;
        _lastTicks = utcTicks;
        _lastValue = value;
        if (!_started || value >= _peak)
        {
            if (_inDrawdown) CloseDrawdown(index, utcTicks);
            _started = true;
            _peak = value;
            _peakIndex = index;
            _peakTicks = utcTicks;
            return;
        }
        _inDrawdown = true;
        if (_peak <= 0) return;
        var drawdown = value / _peak - 1;
        if (drawdown < _maxDrawdown)
        {
            _maxDrawdown = drawdown;
            _maxPeakTicks = _peakTicks;
            _maxTroughTicks = utcTicks;
        }
    }

    public readonly bool HasData => _started;

    /// <summary>Negative fraction; 0 when the series never fell below a peak.</summary>
    public readonly double MaxDrawdown => _maxDrawdown;

    public readonly DateTimeOffset? MaxDrawdownPeak => _maxDrawdown < 0 ? new DateTimeOffset(_maxPeakTicks, TimeSpan.Zero) : null;

    public readonly DateTimeOffset? MaxDrawdownTrough => _maxDrawdown < 0 ? new DateTimeOffset(_maxTroughTicks, TimeSpan.Zero) : null;

    /// <summary>True when the last point is below the running peak.</summary>
    public readonly bool InDrawdown => _inDrawdown;

    /// <summary>Longest peak-to-recovery time, counting an unrecovered drawdown to the last point.</summary>
    public readonly TimeSpan LongestDuration => TimeSpan.FromTicks(OpenIsLongest ? _lastTicks - _peakTicks : _longestTicks);

    /// <summary>The length in bars (index of recovery − index of peak) of that longest drawdown.</summary>
    public readonly int LongestDurationBars => OpenIsLongest ? _lastIndex - _peakIndex : _longestBars;

    /// <summary>True when the longest drawdown is the one still open at the last point.</summary>
    public readonly bool LongestIsOngoing => OpenIsLongest;

    /// <summary>Last value / running peak − 1 (0 at a peak).</summary>
    public readonly double CurrentDrawdown => _inDrawdown && _peak > 0 ? _lastValue / _peak - 1 : 0;

    private readonly bool OpenIsLongest => _inDrawdown && _lastTicks - _peakTicks > _longestTicks;

    private void CloseDrawdown(int index, long utcTicks)
    {
        _inDrawdown = false;
        if (utcTicks - _peakTicks <= _longestTicks) return;
        _longestTicks = utcTicks - _peakTicks;
        _longestBars = index - _peakIndex;
    }
}
