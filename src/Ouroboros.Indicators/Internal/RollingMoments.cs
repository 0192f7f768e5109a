namespace Ouroboros.Indicators.Internal;

/// <summary>
/// Mean and population variance of the last <c>period</c> values, accurate to a few ulps of a two-pass
/// recomputation even on hostile series.
/// </summary>
/// <remarks>
/// Sums are kept of deviations d = x − shift rather than of x, so that prices far from zero do not need Σx²; a
/// constant series gives exactly zero. Every quantity is carried in double-double: d is split into its rounded
/// value and exact remainder, d² contributes its exact rounding error (fused multiply-add), both sums are
/// compensated, and the variance subtracts n·Σd² − (Σd)² with their low parts. That makes the result independent
/// of how good the shift is, which matters when an outlier has just left the window and the remaining values
/// agree in most of their digits. Each time the ring wraps (once per <c>period</c> values) the shift moves to the
/// current mean and the sums are rebuilt from the window: O(1) amortised, and it keeps magnitudes small on
/// trending prices.
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
        if (_count == _period) Accumulate(_window[_next], -1);
        else _count++;

        Accumulate(value, 1);
        _window[_next] = value;
        if (++_next == _period)
        {
            _next = 0;
            Recentre();
        }
    }

    /// <summary>Adds (sign 1) or removes (sign −1) one value; removal recomputes exactly what was added.</summary>
    private void Accumulate(double value, double sign)
    {
        var d = value - _shift;
        var dv = d - value;
        var dLow = (value - (d - dv)) + (-_shift - dv);
        _sum.Add(sign * d);
        _sum.AddLow(sign * dLow);

        var square = d * d;
        _sumSquares.Add(sign * square);
        _sumSquares.AddLow(sign * (Math.FusedMultiplyAdd(d, d, -square) + (2 * d * dLow)));
    }

    private void Recentre()
    {
        var shift = Mean;
        _shift = shift;
        _sum.Reset();
        _sumSquares.Reset();
        foreach (var x in _window) Accumulate(x, 1);
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
