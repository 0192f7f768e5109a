using System.Runtime.CompilerServices;
using Ouroboros.Domain.Bars;
using Ouroboros.Indicators.Internal;

namespace Ouroboros.Indicators.MovingAverages;

/// <summary>
/// Linearly weighted moving average: weights 1..n from oldest to newest, divided by n(n+1)/2. First value after
/// n inputs.
/// </summary>
/// <remarks>
/// O(1) via the identity W' = W − S + n·x (S = plain window sum before the update). Both sums are compensated and
/// the product n·x contributes its exact rounding error (fused multiply-add), so W does not drift.
/// </remarks>
public sealed class Wma : IPriceIndicator
{
    private readonly double[] _window;
    private readonly int _period;
    private readonly double _weight;
    private readonly double _inverseDivisor;
    private CompensatedSum _sum;
    private CompensatedSum _weighted;
    private int _next;
    private int _count;
    private double _value;

    public Wma(int period)
    {
        _period = Require.Period(period, nameof(period));
        _weight = period;
        _inverseDivisor = 2.0 / ((double)period * (period + 1));
        _window = new double[period];
        Name = FormattableString.Invariant($"wma:{period}");
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
        var product = _weight * value;
        _weighted.Add(product);
        _weighted.AddLow(Math.FusedMultiplyAdd(_weight, value, -product));
        _weighted.Add(-_sum.High);
        _weighted.AddLow(-_sum.Low);

        var window = _window;
        var next = _next;
        _sum.AddDifference(value, window[next]);
        window[next] = value;
        if (++next == window.Length)
        {
            next = 0;
            _sum.Renormalize();
            _weighted.Renormalize();
        }

        _next = next;
        if (_count < _period) _count++;
        _value = _weighted.Value * _inverseDivisor;
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
        Array.Clear(_window);
        _sum.Reset();
        _weighted.Reset();
        _next = 0;
        _count = 0;
        _value = 0;
    }
}
