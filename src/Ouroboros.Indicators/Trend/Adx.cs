using Ouroboros.Domain.Bars;
using Ouroboros.Indicators.Internal;

namespace Ouroboros.Indicators.Trend;

/// <summary>
/// Wilder's directional movement system: +DI, −DI and ADX, following Skender's <c>ToAdx(n)</c>.
/// True range and ±DM are summed over the first n changes and then Wilder-smoothed (s − s/n + x); DI = 100·DM/TR;
/// DX = 100·|+DI − −DI| / (+DI + −DI); ADX is the mean of the first n DX values, then Wilder-averaged.
/// +DI/−DI appear after n+1 bars, ADX after 2n bars.
/// </summary>
/// <remarks>
/// When the smoothed true range is zero (n flat bars) the DIs are undefined: they are null, no DX is produced
/// and ADX keeps its last value; ADX is seeded from the first n defined DX values.
/// </remarks>
public sealed class Adx : IIndicator
{
    public const int PlusLine = 0;
    public const int MinusLine = 1;
    public const int AdxLine = 2;

    private static readonly IReadOnlyList<string> LineSet = Lines.Of("plus_di", "minus_di", "adx");
    private readonly int _period;
    private readonly double _inversePeriod;
    private readonly double _keep;
    private bool _hasPrevious;
    private double _previousHigh;
    private double _previousLow;
    private double _previousClose;
    private int _changes;
    private double _trueRange;
    private double _plusMovement;
    private double _minusMovement;
    private bool _hasDi;
    private double _plus;
    private double _minus;
    private double _dx;
    private int _dxCount;
    private double _adx;

    public Adx(int period = 14)
    {
        _period = Require.Period(period, nameof(period));
        _inversePeriod = 1.0 / period;
        _keep = period - 1;
        Name = FormattableString.Invariant($"adx:{period}");
    }

    public int Period => _period;

    public string Name { get; }

    public IReadOnlyList<string> LineNames => LineSet;

    public int LineCount => 3;

    public int WarmupPeriod => 2 * _period;

    public bool IsReady => _dxCount >= _period;

    public double? Plus => _hasDi ? _plus : null;

    public double? Minus => _hasDi ? _minus : null;

    /// <summary>The directional index of the latest bar (null when the DIs are).</summary>
    public double? Dx => _hasDi ? _dx : null;

    /// <summary>The ADX line.</summary>
    public double? Value => _dxCount >= _period ? _adx : null;

    public void Update(in Bar bar)
    {
        var high = (double)bar.High;
        var low = (double)bar.Low;
        var close = (double)bar.Close;
        if (!_hasPrevious)
        {
            _hasPrevious = true;
            (_previousHigh, _previousLow, _previousClose) = (high, low, close);
            return;
        }

        var trueRange = Math.Max(high - low, Math.Max(Math.Abs(high - _previousClose), Math.Abs(low - _previousClose)));
        var up = high - _previousHigh;
        var down = _previousLow - low;
        var plusMovement = up > down && up > 0 ? up : 0;
        var minusMovement = down > up && down > 0 ? down : 0;
        (_previousHigh, _previousLow, _previousClose) = (high, low, close);

        if (_changes < _period)
        {
            _trueRange += trueRange;
            _plusMovement += plusMovement;
            _minusMovement += minusMovement;
            if (++_changes < _period) return;
        }
        else
        {
            _trueRange = _trueRange - (_trueRange * _inversePeriod) + trueRange;
            _plusMovement = _plusMovement - (_plusMovement * _inversePeriod) + plusMovement;
            _minusMovement = _minusMovement - (_minusMovement * _inversePeriod) + minusMovement;
        }

        _hasDi = _trueRange != 0;
        if (!_hasDi) return;
        _plus = 100 * _plusMovement / _trueRange;
        _minus = 100 * _minusMovement / _trueRange;
        var sum = _plus + _minus;
        _dx = sum != 0 ? 100 * Math.Abs(_plus - _minus) / sum : 0;
        AddDx(_dx);
    }

    private void AddDx(double dx)
    {
        if (_dxCount >= _period)
        {
            _adx = ((_adx * _keep) + dx) * _inversePeriod;
            return;
        }

        _adx += dx;
        if (++_dxCount == _period) _adx /= _period;
    }

    public bool TryGetLine(int line, out double value)
    {
        switch (line)
        {
            case PlusLine:
                value = _plus;
                return _hasDi;
            case MinusLine:
                value = _minus;
                return _hasDi;
            case AdxLine:
                value = _adx;
                return _dxCount >= _period;
            default:
                return Require.BadLine(line, 3, out value);
        }
    }

    public void Reset()
    {
        _hasPrevious = false;
        (_previousHigh, _previousLow, _previousClose) = (0, 0, 0);
        _changes = 0;
        (_trueRange, _plusMovement, _minusMovement) = (0, 0, 0);
        _hasDi = false;
        (_plus, _minus, _dx) = (0, 0, 0);
        _dxCount = 0;
        _adx = 0;
    }
}
