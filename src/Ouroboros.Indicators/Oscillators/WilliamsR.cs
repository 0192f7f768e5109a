using Ouroboros.Domain.Bars;
using Ouroboros.Indicators.Internal;

namespace Ouroboros.Indicators.Oscillators;

/// <summary>
/// Williams %R on −100..0: fast stochastic %K over <c>period</c> bars minus 100. As in Skender (which derives it
/// from the stochastic), a window whose high equals its low gives −100. First value after <c>period</c> bars.
/// </summary>
public sealed class WilliamsR : IIndicator
{
    private readonly SlidingMaximum _highs;
    private readonly SlidingMaximum _negatedLows;
    private readonly int _period;
    private double _value;

    public WilliamsR(int period = 14)
    {
        _period = Require.Period(period, nameof(period));
        _highs = new SlidingMaximum(period);
        _negatedLows = new SlidingMaximum(period);
        Name = FormattableString.Invariant($"willr:{period}");
    }

    public int Period => _period;

    public string Name { get; }

    public IReadOnlyList<string> LineNames => Lines.Single;

    public int LineCount => 1;

    public int WarmupPeriod => _period;

    public bool IsReady => _highs.IsFull;

    public double? Value => _highs.IsFull ? _value : null;

    public void Update(in Bar bar)
    {
        var close = (double)bar.Close;
        _highs.Push((double)bar.High);
        _negatedLows.Push(-(double)bar.Low);
        if (!_highs.IsFull) return;

        var high = _highs.Maximum;
        var low = -_negatedLows.Maximum;
        // Boundaries are set exactly so rounding cannot put the value a hair outside −100..0.
        if (high == low || close <= low) _value = -100;
        else if (close >= high) _value = 0;
        else _value = (100 * ((close - low) / (high - low))) - 100;
    }

    public bool TryGetLine(int line, out double value)
    {
        if (line != 0) Require.ThrowBadLine(line, 1);
        value = _value;
        return _highs.IsFull;
    }

    public void Reset()
    {
        _highs.Reset();
        _negatedLows.Reset();
        _value = 0;
    }
}
