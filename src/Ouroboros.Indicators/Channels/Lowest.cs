using System.Runtime.CompilerServices;
using Ouroboros.Domain.Bars;
using Ouroboros.Indicators.Internal;

namespace Ouroboros.Indicators.Channels;

/// <summary>
/// The minimum of the last n values, current bar included (amortised O(1) via a monotonic deque). Fed bars, it
/// tracks the bar's <c>Low</c>; fed numbers via <see cref="Update(double)"/>, it tracks those. First value
/// after n inputs. (A Donchian lower band, which excludes the current bar, is this value as of the previous bar.)
/// </summary>
public sealed class Lowest : IPriceIndicator
{
    // The minimum is the negated maximum of negated values; negation is exact, so nothing is lost.
    private readonly SlidingMaximum _negated;
    private readonly int _period;

    public Lowest(int period = 20)
    {
        _period = Require.Period(period, nameof(period));
        _negated = new SlidingMaximum(period);
        Name = FormattableString.Invariant($"lowest:{period}");
    }

    public int Period => _period;

    public string Name { get; }

    public IReadOnlyList<string> LineNames => Lines.Single;

    public int LineCount => 1;

    public int WarmupPeriod => _period;

    public bool IsReady => _negated.IsFull;

    public double? Value => _negated.IsFull ? -_negated.Maximum : null;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Update(double value)
    {
        Require.Finite(value);
        _negated.Push(-value);
    }

    public void Update(in Bar bar) => _negated.Push(-(double)bar.Low);

    public bool TryGetLine(int line, out double value)
    {
        if (line != 0) Require.ThrowBadLine(line, 1);
        value = _negated.Pushed > 0 ? -_negated.Maximum : 0;
        return _negated.IsFull;
    }

    public void Reset() => _negated.Reset();
}
