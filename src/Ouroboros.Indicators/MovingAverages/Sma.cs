using System.Runtime.CompilerServices;
using Ouroboros.Domain.Bars;
using Ouroboros.Indicators.Internal;

namespace Ouroboros.Indicators.MovingAverages;

/// <summary>Simple moving average: the mean of the last <see cref="Period"/> values. First value after <see cref="Period"/> inputs.</summary>
public sealed class Sma : IPriceIndicator
{
    private readonly double[] _window;
    private readonly int _period;
    private readonly double _inversePeriod;
    // Compensated so that the running window sum equals a fresh recomputation over millions of updates.
    private CompensatedSum _sum;
    private int _next;
    private int _count;
    private double _value;

    public Sma(int period)
    {
        _period = Require.Period(period, nameof(period));
        _inversePeriod = 1.0 / period;
        _window = new double[period];
        Name = FormattableString.Invariant($"sma:{period}");
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
        var window = _window;
        var next = _next;
        // During warm-up the slot still holds zero, so removing it is a no-op and needs no branch.
        _sum.AddDifference(value, window[next]);
        window[next] = value;
        if (++next == window.Length)
        {
            next = 0;
            _sum.Renormalize();
        }

        _next = next;
        if (_count < _period) _count++;
        _value = _sum.Value * _inversePeriod;
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
        _next = 0;
        _count = 0;
        _value = 0;
    }
}
