using System.Runtime.CompilerServices;
using Ouroboros.Domain.Bars;
using Ouroboros.Indicators.Internal;

namespace Ouroboros.Indicators.Oscillators;

/// <summary>
/// Wilder's relative strength index on 0..100. Average gain and loss are seeded with the simple mean of the first
/// n changes and then Wilder-smoothed, so the first value appears after n+1 inputs (Skender's convention).
/// </summary>
/// <remarks>
/// When there has been neither gain nor loss the RSI is 50 (no pressure either way). Skender reports null at the
/// seed and 100 afterwards in that case; the two agree whenever any price change exists.
/// </remarks>
public sealed class Rsi : IPriceIndicator
{
    private readonly int _period;
    private readonly double _inversePeriod;
    private readonly double _keep;
    private bool _hasPrevious;
    private double _previous;
    private int _changes;
    private double _averageGain;
    private double _averageLoss;
    private double _value;

    public Rsi(int period)
    {
        _period = Require.Period(period, nameof(period));
        _inversePeriod = 1.0 / period;
        _keep = period - 1;
        Name = FormattableString.Invariant($"rsi:{period}");
    }

    public int Period => _period;

    public string Name { get; }

    public IReadOnlyList<string> LineNames => Lines.Single;

    public int LineCount => 1;

    public int WarmupPeriod => _period + 1;

    public bool IsReady => _changes == _period;

    public double? Value => _changes == _period ? _value : null;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Update(double value)
    {
        Require.Finite(value);
        var change = value - _previous;
        _previous = value;
        var gain = change > 0 ? change : 0;
        var loss = change < 0 ? -change : 0;
        if (_changes == _period)
        {
            // Wilder's (avg·(n−1) + x)/n, fused (see Smma).
            _averageGain = Math.FusedMultiplyAdd(_averageGain, _keep, gain) * _inversePeriod;
            _averageLoss = Math.FusedMultiplyAdd(_averageLoss, _keep, loss) * _inversePeriod;
            _value = Compute(_averageGain, _averageLoss);
            return;
        }

        Seed(gain, loss);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Seed(double gain, double loss)
    {
        // The very first value has no predecessor: it only sets the reference price.
        if (!_hasPrevious)
        {
            _hasPrevious = true;
            return;
        }

        _averageGain += gain;
        _averageLoss += loss;
        if (++_changes < _period) return;
        _averageGain /= _period;
        _averageLoss /= _period;
        _value = Compute(_averageGain, _averageLoss);
    }

    // Equivalent to 100 − 100/(1 + gain/loss) with one division. Dividing before scaling keeps it inside [0, 100]:
    // gain/total ≤ 1 exactly, whereas (100·gain)/total can round to 100.00000000000001.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Compute(double gain, double loss)
    {
        var total = gain + loss;
        return total > 0 ? 100.0 * (gain / total) : 50.0;
    }

    public void Update(in Bar bar) => Update((double)bar.Close);

    public bool TryGetLine(int line, out double value)
    {
        if (line != 0) Require.ThrowBadLine(line, 1);
        value = _value;
        return _changes == _period;
    }

    public void Reset()
    {
        _hasPrevious = false;
        _previous = 0;
        _changes = 0;
        _averageGain = 0;
        _averageLoss = 0;
        _value = 0;
    }
}
