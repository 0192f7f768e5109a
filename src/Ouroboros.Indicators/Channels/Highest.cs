using System.Runtime.CompilerServices;
using Ouroboros.Domain.Bars;
using Ouroboros.Indicators.Internal;

namespace Ouroboros.Indicators.Channels;

/// <summary>
/// The maximum of the last n values, current bar included (amortised O(1) via a monotonic deque). Fed bars, it
/// tracks the bar's <c>High</c>; fed numbers via <see cref="Update(double)"/>, it tracks those. First value
/// after n inputs. (A Donchian upper band, which excludes the current bar, is this value as of the previous bar.)
/// </summary>
public sealed class Highest : IPriceIndicator
{
    private readonly SlidingMaximum _window;
    private readonly int _period;

    public Highest(int period = 20)
    {
        _period = Require.Period(period, nameof(period));
        _window = new SlidingMaximum(period);
        Name = FormattableString.Invariant($"highest:{period}");
    }

    public int Period => _period;

    public string Name { get; }

    public IReadOnlyList<string> LineNames => Lines.Single;

    public int LineCount => 1;

    public int WarmupPeriod => _period;

    public bool IsReady => _window.IsFull;

    public double? Value => _window.IsFull ? _window.Maximum : null;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Update(double value)
    {
        Require.Finite(value);
        _window.Push(value);
    }

    public void Update(in Bar bar) => _window.Push((double)bar.High);

    public bool TryGetLine(int line, out double value)
    {
        if (line != 0) Require.ThrowBadLine(line, 1);
        value = _window.Pushed > 0 ? _window.Maximum : 0;
        return _window.IsFull;
    }

    public void Reset() => _window.Reset();
}
