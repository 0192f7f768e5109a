using Ouroboros.Domain.Bars;
using Ouroboros.Indicators.Internal;

namespace Ouroboros.Indicators.Volatility;

/// <summary>
/// Bollinger Bands: middle = SMA(n), upper/lower = middle ± k · population standard deviation over the same n
/// values. First values after n inputs. %B, z-score and width are derived on demand (Skender's definitions).
/// </summary>
public sealed class BollingerBands : IPriceIndicator
{
    public const int UpperLine = 0;
    public const int MiddleLine = 1;
    public const int LowerLine = 2;

    private static readonly IReadOnlyList<string> LineSet = Lines.Of("upper", "middle", "lower");
    private readonly RollingMoments _moments;
    private readonly int _period;
    private readonly double _width;
    private double _last;
    private double _middle;
    private double _deviation;

    public BollingerBands(int period = 20, double k = 2)
    {
        _period = Require.Period(period, nameof(period));
        if (!double.IsFinite(k) || k <= 0)
            throw new ArgumentOutOfRangeException(nameof(k), k, "k must be a finite positive number.");
        _width = k;
        _moments = new RollingMoments(period);
        Name = FormattableString.Invariant($"bb:{period},{k}");
    }

    public int Period => _period;

    public double K => _width;

    public string Name { get; }

    public IReadOnlyList<string> LineNames => LineSet;

    public int LineCount => 3;

    public int WarmupPeriod => _period;

    public bool IsReady => _moments.IsFull;

    public double? Upper => _moments.IsFull ? _middle + (_width * _deviation) : null;

    public double? Middle => _moments.IsFull ? _middle : null;

    public double? Lower => _moments.IsFull ? _middle - (_width * _deviation) : null;

    /// <summary>Population standard deviation of the window.</summary>
    public double? StandardDeviation => _moments.IsFull ? _deviation : null;

    /// <summary>(latest − lower) / (upper − lower); null when the bands coincide.</summary>
    public double? PercentB => _moments.IsFull && _deviation != 0
        ? (_last - (_middle - (_width * _deviation))) / (2 * _width * _deviation)
        : null;

    /// <summary>(latest − middle) / stdev; null when the deviation is zero.</summary>
    public double? ZScore => _moments.IsFull && _deviation != 0 ? (_last - _middle) / _deviation : null;

    /// <summary>(upper − lower) / middle; null when the middle is zero.</summary>
    public double? Width => _moments.IsFull && _middle != 0 ? 2 * _width * _deviation / _middle : null;

    public void Update(double value)
    {
        Require.Finite(value);
        _moments.Push(value);
        _last = value;
        if (!_moments.IsFull) return;
        _middle = _moments.Mean;
        _deviation = Math.Sqrt(_moments.Variance);
    }

    public void Update(in Bar bar) => Update((double)bar.Close);

    public bool TryGetLine(int line, out double value)
    {
        switch (line)
        {
            case UpperLine:
                value = _middle + (_width * _deviation);
                break;
            case MiddleLine:
                value = _middle;
                break;
            case LowerLine:
                value = _middle - (_width * _deviation);
                break;
            default:
                return Require.BadLine(line, 3, out value);
        }

        return _moments.IsFull;
    }

    public void Reset()
    {
        _moments.Reset();
        _last = 0;
        _middle = 0;
        _deviation = 0;
    }
}
