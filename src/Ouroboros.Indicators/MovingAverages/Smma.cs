using System.Runtime.CompilerServices;
using Ouroboros.Domain.Bars;
using Ouroboros.Indicators.Internal;

namespace Ouroboros.Indicators.MovingAverages;

/// <summary>
/// Smoothed (Wilder / running) moving average: s = (s·(n−1) + x)/n, seeded with the simple mean of the first n
/// values; first value after n inputs.
/// </summary>
public sealed class Smma : IPriceIndicator
{
    private readonly int _period;
    private readonly double _inversePeriod;
    private readonly double _keep;
    private double _seedSum;
    private int _count;
    private double _value;

    public Smma(int period)
    {
        _period = Require.Period(period, nameof(period));
        _inversePeriod = 1.0 / period;
        _keep = period - 1;
        Name = FormattableString.Invariant($"smma:{period}");
    }

    public int Period => _period;

    public string Name { get; }

    public IReadOnlyList<string> LineNames => Lines.Single;

    public int LineCount => 1;

    public int WarmupPeriod => _period;

    public bool IsReady => _count == _period;

    public double? Value => _count == _period ? _value : null;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Update(double value)
    {
        Require.Finite(value);
        if (_count == _period)
        {
            // (s·(n−1) + x)/n with the product fused, so the loop-carried chain is one FMA and one multiply.
            _value = Math.FusedMultiplyAdd(_value, _keep, value) * _inversePeriod;
            return;
        }

        _seedSum += value;
        if (++_count == _period) _value = _seedSum / _period;
    }

    public void Update(in Bar bar) => Update((double)bar.Close);

    public bool TryGetLine(int line, out double value)
    {
        if (line != 0) Require.ThrowBadLine(line, 1);
        value = _value;
        return _count == _period;
    }

    public void Reset()
    {
        _seedSum = 0;
        _count = 0;
        _value = 0;
    }
}
