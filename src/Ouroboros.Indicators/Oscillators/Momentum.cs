using System.Runtime.CompilerServices;
using Ouroboros.Domain.Bars;
using Ouroboros.Indicators.Internal;

namespace Ouroboros.Indicators.Oscillators;

/// <summary>
/// Skip-period momentum ("12-1" by default), in percent like <see cref="Roc"/>: the return from the value
/// <c>lookback</c> bars ago to the value <c>skip</c> bars ago, 100·(x[t−skip] / x[t−lookback] − 1). The skip
/// leaves out the most recent month, where short-term reversal dominates. With skip = 0 it equals ROC(lookback).
/// First value after lookback + 1 inputs; null when the base value is zero.
/// </summary>
public sealed class Momentum : IPriceIndicator
{
    private readonly double[] _window;
    private readonly int _lookback;
    private readonly int _skip;
    private int _next;
    private int _count;
    private bool _ready;
    private bool _defined;
    private double _value;

    public Momentum(int lookback = 252, int skip = 21)
    {
        _lookback = Require.Period(lookback, nameof(lookback));
        if (skip < 0 || skip >= lookback)
            throw new ArgumentOutOfRangeException(nameof(skip), skip, "skip must be at least 0 and less than lookback.");
        _skip = skip;
        // lookback + 1 slots: after a write the oldest slot holds x[t − lookback].
        _window = new double[lookback + 1];
        Name = FormattableString.Invariant($"mom:{lookback},{skip}");
    }

    public int Lookback => _lookback;

    public int Skip => _skip;

    public string Name { get; }

    public IReadOnlyList<string> LineNames => Lines.Single;

    public int LineCount => 1;

    public int WarmupPeriod => _lookback + 1;

    public bool IsReady => _ready;

    public double? Value => _defined ? _value : null;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Update(double value)
    {
        Require.Finite(value);
        var window = _window;
        var written = _next;
        window[written] = value;
        var next = written + 1;
        if (next == window.Length) next = 0;
        _next = next;
        if (_count < _lookback)
        {
            _count++;
            return;
        }

        var recentSlot = written - _skip;
        if (recentSlot < 0) recentSlot += window.Length;
        var recent = window[recentSlot];
        var past = window[next];
        _ready = true;
        _defined = past != 0;
        _value = _defined ? 100 * (recent - past) / past : 0;
    }

    public void Update(in Bar bar) => Update((double)bar.Close);

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
        _ready = false;
        _defined = false;
        _value = 0;
    }
}
