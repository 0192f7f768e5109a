using System.Runtime.CompilerServices;

namespace Ouroboros.Indicators.Internal;

/// <summary>
/// Maximum of the last <c>window</c> values in amortised O(1) per push: a monotonic deque (decreasing values)
/// held in preallocated ring arrays. The minimum is obtained by pushing negated values, which is exact.
/// </summary>
internal sealed class SlidingMaximum
{
    private readonly double[] _values;
    private readonly long[] _positions;
    private readonly int _window;
    private int _head;
    private int _count;
    private long _pushed;

    public SlidingMaximum(int window)
    {
        _window = window;
        _values = new double[window];
        _positions = new long[window];
    }

    /// <summary>Number of values pushed since construction or reset (not capped at the window).</summary>
    public long Pushed => _pushed;

    public bool IsFull => _pushed >= _window;

    /// <summary>The maximum of the values in the window; meaningful once at least one value has been pushed.</summary>
    public double Maximum => _values[_head];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Push(double value)
    {
        var capacity = _window;
        // Drop the front once it has slid out of the window; at most one element can expire per push.
        if (_count > 0 && _positions[_head] <= _pushed - capacity)
        {
            if (++_head == capacity) _head = 0;
            _count--;
        }

        // Values not greater than the newcomer can never be the maximum again.
        while (_count > 0)
        {
            var back = _head + _count - 1;
            if (back >= capacity) back -= capacity;
            if (_values[back] > value) break;
            _count--;
        }

        var slot = _head + _count;
        if (slot >= capacity) slot -= capacity;
        _values[slot] = value;
        _positions[slot] = _pushed;
        _count++;
        _pushed++;
    }

    public void Reset()
    {
        _head = 0;
        _count = 0;
        _pushed = 0;
    }
}
