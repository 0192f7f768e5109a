using Ouroboros.Domain.Bars;
using Ouroboros.Indicators.Internal;

namespace Ouroboros.Indicators.Oscillators;

/// <summary>
/// Commodity channel index: (tp − mean(tp)) / (0.015 · mean absolute deviation of tp), tp = (high+low+close)/3,
/// over <c>period</c> bars. First value after <c>period</c> bars; null when every tp in the window is equal.
/// </summary>
/// <remarks>
/// The mean absolute deviation around the current mean is not decomposable into running sums, so this is the
/// one indicator whose update is O(period): two tight passes over a preallocated ring, still allocation-free.
/// Summation order (oldest to newest) matches the reference so results agree to the last bits.
/// </remarks>
public sealed class Cci : IIndicator
{
    private const double Scale = 0.015;
    private readonly double[] _window;
    private readonly int _period;
    private int _next;
    private int _count;
    private bool _defined;
    private double _value;

    public Cci(int period = 20)
    {
        _period = Require.Period(period, nameof(period));
        _window = new double[period];
        Name = FormattableString.Invariant($"cci:{period}");
    }

    public int Period => _period;

    public string Name { get; }

    public IReadOnlyList<string> LineNames => Lines.Single;

    public int LineCount => 1;

    public int WarmupPeriod => _period;

    public bool IsReady => _count == _period;

    public double? Value => _defined ? _value : null;

    public void Update(in Bar bar)
    {
        var typical = ((double)bar.High + (double)bar.Low + (double)bar.Close) / 3d;
        var window = _window;
        window[_next] = typical;
        if (++_next == window.Length) _next = 0;
        if (_count < _period && ++_count < _period) return;

        // After the write, _next is the oldest slot: walk oldest → newest as two contiguous spans.
        var older = window.AsSpan(_next);
        var newer = window.AsSpan(0, _next);
        double mean = 0;
        foreach (var x in older) mean += x;
        foreach (var x in newer) mean += x;
        mean /= _period;

        double deviation = 0;
        foreach (var x in older) deviation += Math.Abs(mean - x);
        foreach (var x in newer) deviation += Math.Abs(mean - x);
        deviation /= _period;

        _defined = deviation != 0;
        _value = _defined ? (typical - mean) / (Scale * deviation) : 0;
    }

    public bool TryGetLine(int line, out double value)
    {
        if (line != 0) Require.ThrowBadLine(line, 1);
        value = _value;
        return _defined;
    }

    public void Reset()
    {
        Array.Clear(_window);
        _next = 0;
        _count = 0;
        _defined = false;
        _value = 0;
    }
}
