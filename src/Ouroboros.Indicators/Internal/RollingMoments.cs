namespace Ouroboros.Indicators.Internal;

/// <summary>
/// Mean and population variance of the last <c>period</c> values.
/// </summary>
/// <remarks>
/// Sums are kept of deviations from a shift close to the window mean, so the variance formula
/// Σd²/n − (Σd/n)² does not suffer the cancellation that raw Σx² would on prices far from zero, and a constant
/// series gives exactly zero. Each time the ring wraps (once per <c>period</c> values) the shift is moved to the
/// current mean and both sums are recomputed from the window: that is O(1) amortised and discards any rounding
/// accumulated by the running updates, so nothing drifts over long series.
/// </remarks>
internal sealed class RollingMoments
{
    private readonly double[] _window;
    private readonly int _period;
    private readonly double _inversePeriod;
    private int _next;
    private int _count;
    private double _shift;
    private double _sum;
    private double _sumSquares;

    public RollingMoments(int period)
    {
        _period = period;
        _inversePeriod = 1.0 / period;
        _window = new double[period];
    }

    public bool IsFull => _count == _period;

    public double Mean => _shift + (_sum * _inversePeriod);

    public double Variance
    {
        get
        {
            var m = _sum * _inversePeriod;
            var v = (_sumSquares * _inversePeriod) - (m * m);
            // Rounding can leave a tiny negative where the true variance is zero.
            return v > 0 ? v : 0;
        }
    }

    public void Push(double value)
    {
        if (_count == 0) _shift = value;
        if (_count == _period)
        {
            var od = _window[_next] - _shift;
            _sum -= od;
            _sumSquares -= od * od;
        }
        else
        {
            _count++;
        }

        var d = value - _shift;
        _sum += d;
        _sumSquares += d * d;
        _window[_next] = value;
        if (++_next == _period)
        {
            _next = 0;
            Recentre();
        }
    }

    private void Recentre()
    {
        var shift = Mean;
        double sum = 0, sumSquares = 0;
        foreach (var x in _window)
        {
            var d = x - shift;
            sum += d;
            sumSquares += d * d;
        }

        _shift = shift;
        _sum = sum;
        _sumSquares = sumSquares;
    }

    public void Reset()
    {
        Array.Clear(_window);
        _next = 0;
        _count = 0;
        _shift = 0;
        _sum = 0;
        _sumSquares = 0;
    }
}
