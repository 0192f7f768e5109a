namespace Ouroboros.Indicators.Internal;

/// <summary>
/// Mean and population variance of the last <c>period</c> values.
/// </summary>
/// <remarks>
/// Sums are kept of deviations d = x − shift, with the shift close to the window mean, so the variance formula
/// does not suffer the cancellation that raw Σx² would on prices far from zero, and a constant series gives
/// exactly zero. Both sums are compensated (and d² contributes its exact rounding error through a
/// fused multiply-add), so a huge outlier leaving the window does not wipe out the small values that remain.
/// Each time the ring wraps (once per <c>period</c> values) the shift moves to the current mean and both sums are
/// recomputed from the window: O(1) amortised, and it keeps the shift tracking prices that trend far away.
/// </remarks>
internal sealed class RollingMoments
{
    private readonly double[] _window;
    private readonly int _period;
    private readonly double _inversePeriod;
    private int _next;
    private int _count;
    private double _shift;
    private CompensatedSum _sum;
    private CompensatedSum _sumSquares;

    public RollingMoments(int period)
    {
        _period = period;
        _inversePeriod = 1.0 / period;
        _window = new double[period];
    }

    public bool IsFull => _count == _period;

    public double Mean => _shift + (_sum.Value * _inversePeriod);

    /// <summary>
    /// (n·Σd² − (Σd)²)/n², with both products carried in double-double. After an outlier leaves the window the
    /// shift can be far from the remaining values, and the two terms then agree in most of their digits; doing the
    /// subtraction with their exact low parts keeps the small variance that is left accurate.
    /// </summary>
    public double Variance
    {
        get
        {
            _sum.Split(out var sh, out var sl);
            _sumSquares.Split(out var qh, out var ql);
            var square = sh * sh;
            var squareLow = Math.FusedMultiplyAdd(sh, sh, -square) + (2 * sh * sl);
            var scaled = _period * qh;
            var scaledLow = Math.FusedMultiplyAdd(_period, qh, -scaled) + (_period * ql);
            var v = ((scaled - square) + (scaledLow - squareLow)) * _inversePeriod * _inversePeriod;
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
            _sum.Add(-od);
            AddSquare(-od, od);
        }
        else
        {
            _count++;
        }

        var d = value - _shift;
        _sum.Add(d);
        AddSquare(d, d);
        _window[_next] = value;
        if (++_next == _period)
        {
            _next = 0;
            Recentre();
        }
    }

    private void AddSquare(double a, double b)
    {
        var product = a * b;
        _sumSquares.Add(product);
        _sumSquares.AddLow(Math.FusedMultiplyAdd(a, b, -product));
    }

    private void Recentre()
    {
        var shift = Mean;
        _sum.Reset();
        _sumSquares.Reset();
        foreach (var x in _window)
        {
            var d = x - shift;
            _sum.Add(d);
            AddSquare(d, d);
        }

        _shift = shift;
    }

    public void Reset()
    {
        Array.Clear(_window);
        _next = 0;
        _count = 0;
        _shift = 0;
        _sum.Reset();
        _sumSquares.Reset();
    }
}
