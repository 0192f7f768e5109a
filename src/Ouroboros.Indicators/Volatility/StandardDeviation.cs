using Ouroboros.Domain.Bars;
using Ouroboros.Indicators.Internal;

namespace Ouroboros.Indicators.Volatility;

/// <summary>
/// Population standard deviation (divide by n, like Skender) of the last n values. First value after n inputs.
/// Also exposes the window <see cref="Mean"/> and the latest value's <see cref="ZScore"/>.
/// </summary>
public sealed class StandardDeviation : IPriceIndicator
{
    private readonly RollingMoments _moments;
    private readonly int _period;
    private double _last;
    private double _mean;
    private double _value;

    public StandardDeviation(int period = 20)
    {
        _period = Require.Period(period, nameof(period));
        _moments = new RollingMoments(period);
        Name = FormattableString.Invariant($"stdev:{period}");
    }

    public int Period => _period;

    public string Name { get; }

    public IReadOnlyList<string> LineNames => Lines.Single;

    public int LineCount => 1;

    public int WarmupPeriod => _period;

    public bool IsReady => _moments.IsFull;

    public double? Value => _moments.IsFull ? _value : null;

    public double? Mean => _moments.IsFull ? _mean : null;

    /// <summary>(latest − mean) / stdev; null when the deviation is zero.</summary>
    public double? ZScore => _moments.IsFull && _value != 0 ? (_last - _mean) / _value : null;

    public void Update(double value)
    {
        Require.Finite(value);
        _moments.Push(value);
        _last = value;
        if (!_moments.IsFull) return;
        _mean = _moments.Mean;
        _value = Math.Sqrt(_moments.Variance);
    }

    public void Update(in Bar bar) => Update((double)bar.Close);

    public bool TryGetLine(int line, out double value)
    {
        if (line != 0) Require.ThrowBadLine(line, 1);
        value = _value;
        return _moments.IsFull;
    }

    public void Reset()
    {
        _moments.Reset();
        _last = 0;
        _mean = 0;
        _value = 0;
    }
}
