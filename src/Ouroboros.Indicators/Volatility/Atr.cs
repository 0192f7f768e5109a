using Ouroboros.Domain.Bars;
using Ouroboros.Indicators.Internal;

namespace Ouroboros.Indicators.Volatility;

/// <summary>
/// Wilder's average true range. TR = max(high, previous close) − min(low, previous close), undefined on the first
/// bar; ATR is the mean of the first n TRs, then (ATR·(n−1) + TR)/n. First value after n+1 bars.
/// </summary>
public sealed class Atr : IIndicator
{
    private readonly int _period;
    private readonly double _inversePeriod;
    private readonly double _keep;
    private bool _hasPrevious;
    private double _previousClose;
    private double _close;
    private double _trueRange;
    private int _count;
    private double _value;

    public Atr(int period = 14)
    {
        _period = Require.Period(period, nameof(period));
        _inversePeriod = 1.0 / period;
        _keep = period - 1;
        Name = FormattableString.Invariant($"atr:{period}");
    }

    public int Period => _period;

    public string Name { get; }

    public IReadOnlyList<string> LineNames => Lines.Single;

    public int LineCount => 1;

    public int WarmupPeriod => _period + 1;

    public bool IsReady => _count == _period;

    public double? Value => _count == _period ? _value : null;

    /// <summary>The latest bar's true range (null on the first bar).</summary>
    public double? TrueRange => _count > 0 ? _trueRange : null;

    /// <summary>ATR as a percentage of the close (Skender's <c>Atrp</c>); null when the close is zero.</summary>
    public double? Percent => _count == _period && _close != 0 ? 100 * _value / _close : null;

    public void Update(in Bar bar)
    {
        var high = (double)bar.High;
        var low = (double)bar.Low;
        var close = (double)bar.Close;
        _close = close;
        if (!_hasPrevious)
        {
            _hasPrevious = true;
            _previousClose = close;
            return;
        }

        var previous = _previousClose;
        _previousClose = close;
        var trueRange = Math.Max(high, previous) - Math.Min(low, previous);
        _trueRange = trueRange;
        if (_count == _period)
        {
            _value = Math.FusedMultiplyAdd(_value, _keep, trueRange) * _inversePeriod;
            return;
        }

        _value += trueRange;
        if (++_count == _period) _value /= _period;
    }

    public bool TryGetLine(int line, out double value)
    {
        if (line != 0) Require.ThrowBadLine(line, 1);
        value = _value;
        return _count == _period;
    }

    public void Reset()
    {
        _hasPrevious = false;
        _previousClose = 0;
        _close = 0;
        _trueRange = 0;
        _count = 0;
        _value = 0;
    }
}
