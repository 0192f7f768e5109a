using System.Runtime.CompilerServices;

namespace Ouroboros.Indicators.Internal;

/// <summary>
/// A running sum kept as the unevaluated pair hi + lo, where lo collects the exact rounding error of every
/// addition (Knuth's TwoSum). A sliding window that adds and removes millions of values therefore stays within
/// a few ulps of a fresh recomputation instead of drifting. Mutable struct: keep it in a non-readonly field.
/// </summary>
internal struct CompensatedSum
{
    private double _hi;
    private double _lo;

    public readonly double Value
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _hi + _lo;
    }

    public readonly double High => _hi;

    public readonly double Low => _lo;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(double x)
    {
        var s = _hi + x;
        var bp = s - _hi;
        _lo += (_hi - (s - bp)) + (x - bp);
        _hi = s;
    }

    /// <summary>Adds <paramref name="add"/> − <paramref name="remove"/> with both roundings compensated.</summary>
    /// <remarks>
    /// The difference and its error do not depend on the running sum, so the loop-carried chain is a single
    /// addition per call; that is what keeps a sliding-window update within a few nanoseconds.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AddDifference(double add, double remove)
    {
        var d = add - remove;
        var dv = d - add;
        var e1 = (add - (d - dv)) + (-remove - dv);
        var s = _hi + d;
        var bp = s - _hi;
        _lo += e1 + ((_hi - (s - bp)) + (d - bp));
        _hi = s;
    }

    /// <summary>Adds a term known to be at the rounding-error scale straight into the low part.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AddLow(double x) => _lo += x;

    /// <summary>The sum as a normalised pair: <paramref name="hi"/> is the rounded sum, <paramref name="lo"/> the exact remainder.</summary>
    public readonly void Split(out double hi, out double lo)
    {
        hi = _hi + _lo;
        var bp = hi - _hi;
        lo = (_hi - (hi - bp)) + (_lo - bp);
    }

    /// <summary>Moves lo into hi without loss so that lo stays at the error scale of hi.</summary>
    public void Renormalize()
    {
        var s = _hi + _lo;
        var bp = s - _hi;
        _lo = (_hi - (s - bp)) + (_lo - bp);
        _hi = s;
    }

    public void Reset()
    {
        _hi = 0;
        _lo = 0;
    }
}
