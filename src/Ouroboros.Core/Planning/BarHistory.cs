using Ouroboros.Domain.Bars;

namespace Ouroboros.Core.Planning;

/// <summary>
/// The latest bars of one instrument, oldest first: it grows to twice <c>keep</c>, then drops back to the newest
/// <c>keep</c>. <see cref="View"/> hands out a read-only view without copying, and a view never changes afterwards:
/// new bars are written past the end of every view handed out, and dropping old bars moves to a fresh buffer instead of
/// shifting the old one. So a planner may hold a view across an await (or past a timeout) while bars keep arriving.
/// </summary>
public sealed class BarHistory
{
    private readonly int _keep;
    private Bar[] _buffer;
    private int _count;

    public BarHistory(int keep)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(keep, 1);
        _keep = keep;
        _buffer = new Bar[2 * keep];
    }

    public int Count => _count;

    public void Add(in Bar bar)
    {
        _buffer[_count++] = bar;
        if (_count < _buffer.Length) return;
        var fresh = new Bar[_buffer.Length];
        Array.Copy(_buffer, _count - _keep, fresh, 0, _keep);
        _buffer = fresh;
        _count = _keep;
    }

    /// <summary>The bars held now; later additions are not part of it.</summary>
    public IReadOnlyList<Bar> View() => new ArraySegment<Bar>(_buffer, 0, _count);
}
