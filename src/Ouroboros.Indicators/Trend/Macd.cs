using Ouroboros.Domain.Bars;
using Ouroboros.Indicators.Internal;
using Ouroboros.Indicators.MovingAverages;

namespace Ouroboros.Indicators.Trend;

/// <summary>
/// MACD: fast EMA − slow EMA (each SMA-seeded), signal = EMA of MACD (seeded with the SMA of the first
/// <c>signal</c> MACD values), histogram = MACD − signal. The MACD line appears after <c>slow</c> inputs, signal
/// and histogram after slow + signal − 1.
/// </summary>
public sealed class Macd : IPriceIndicator
{
    public const int MacdLine = 0;
    public const int SignalLine = 1;
    public const int HistogramLine = 2;

    private static readonly IReadOnlyList<string> LineSet = Lines.Of("macd", "signal", "histogram");
    private readonly Ema _fast;
    private readonly Ema _slow;
    private readonly Ema _signal;
    private bool _hasMacd;
    private double _macd;

    public Macd(int fastPeriod = 12, int slowPeriod = 26, int signalPeriod = 9)
    {
        Require.Period(fastPeriod, nameof(fastPeriod));
        Require.Period(slowPeriod, nameof(slowPeriod));
        if (fastPeriod >= slowPeriod)
            throw new ArgumentOutOfRangeException(nameof(fastPeriod), fastPeriod, "fast period must be shorter than slow period.");
        _fast = new Ema(fastPeriod);
        _slow = new Ema(slowPeriod);
        _signal = new Ema(signalPeriod);
        Name = FormattableString.Invariant($"macd:{fastPeriod},{slowPeriod},{signalPeriod}");
    }

    public string Name { get; }

    public IReadOnlyList<string> LineNames => LineSet;

    public int LineCount => 3;

    public int WarmupPeriod => _slow.Period + _signal.Period - 1;

    public bool IsReady => _signal.IsReady;

    /// <summary>The MACD line (fast EMA − slow EMA).</summary>
    public double? Value => _hasMacd ? _macd : null;

    public double? Signal => _signal.Value;

    public double? Histogram => _signal.TryGetLine(0, out var s) ? _macd - s : null;

    public double? FastEma => _fast.Value;

    public double? SlowEma => _slow.Value;

    public void Update(double value)
    {
        Require.Finite(value);
        _fast.Update(value);
        _slow.Update(value);
        // The slow EMA warms up last (fast < slow is enforced).
        if (!_slow.TryGetLine(0, out var slow)) return;
        _fast.TryGetLine(0, out var fast);
        _macd = fast - slow;
        _hasMacd = true;
        _signal.Update(_macd);
    }

    public void Update(in Bar bar) => Update((double)bar.Close);

    public bool TryGetLine(int line, out double value)
    {
        switch (line)
        {
            case MacdLine:
                value = _macd;
                return _hasMacd;
            case SignalLine:
                return _signal.TryGetLine(0, out value);
            case HistogramLine:
                var ready = _signal.TryGetLine(0, out var signal);
                value = _macd - signal;
                return ready;
            default:
                return Require.BadLine(line, 3, out value);
        }
    }

    public void Reset()
    {
        _fast.Reset();
        _slow.Reset();
        _signal.Reset();
        _hasMacd = false;
        _macd = 0;
    }
}
