using System.Runtime.CompilerServices;
using Ouroboros.Domain.Bars;
using Ouroboros.Indicators.Internal;

namespace Ouroboros.Indicators.MovingAverages;

/// <summary>
/// Exponential moving average with α = 2/(n+1), seeded with the simple mean of the first n values (Skender's
/// convention), so the first value appears after n inputs.
/// </summary>
public sealed class Ema : IPriceIndicator
{
    private readonly int _period;
    private readonly double _alpha;
    private double _seedSum;
    private int _count;
    private double _value;

    public Ema(int period)
    {
        _period = Require.Period(period, nameof(period));
        _alpha = 2.0 / (period + 1);
        Name = FormattableString.Invariant($"ema:{period}");
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
        if (_count == _period)
        {
            // Skender's ema + α·(x − ema), fused: one rounding fewer and a shorter dependency chain
            // (subtract, then one FMA) than subtract-multiply-add; a constant series stays exactly constant.
            _value = Math.FusedMultiplyAdd(_alpha, value - _value, _value);
            return;
        }

        Seed(value);
    }

    // Out of line: runs only during warm-up and keeps the steady-state path tiny.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Seed(double value)
    {
        _seedSum += value;
        // A real division here (once) reproduces the reference seed bit for bit.
        if (++_count == _period) _value = _seedSum / _period;
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
        _seedSum = 0;
        _count = 0;
        _value = 0;
    }
}
