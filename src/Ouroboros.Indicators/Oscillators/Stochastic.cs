using Ouroboros.Domain.Bars;
using Ouroboros.Indicators.Internal;
using Ouroboros.Indicators.MovingAverages;

namespace Ouroboros.Indicators.Oscillators;

/// <summary>
/// Slow stochastic oscillator with Skender's <c>ToStoch(lookback, signal, smooth)</c> semantics:
/// raw %K = 100·(close − lowest low)/(highest high − lowest low) over <c>lookback</c> bars (0 when the range is
/// empty, exactly 100 / 0 when the close is at the high / low), <see cref="K"/> = SMA(<c>smooth</c>) of raw %K,
/// <see cref="D"/> = SMA(<c>signal</c>) of K, <see cref="J"/> = 3K − 2D.
/// K appears after lookback + smooth − 1 bars and D after lookback + smooth + signal − 2 bars.
/// </summary>
public sealed class Stochastic : IIndicator
{
    public const int KLine = 0;
    public const int DLine = 1;

    private static readonly IReadOnlyList<string> LineSet = Lines.Of("k", "d");
    private readonly SlidingMaximum _highs;
    private readonly SlidingMaximum _negatedLows;
    private readonly Sma _k;
    private readonly Sma _d;
    private readonly int _lookback;

    public Stochastic(int lookbackPeriod = 14, int signalPeriod = 3, int smoothPeriod = 3)
    {
        _lookback = Require.Period(lookbackPeriod, nameof(lookbackPeriod));
        _k = new Sma(Require.Period(smoothPeriod, nameof(smoothPeriod)));
        _d = new Sma(Require.Period(signalPeriod, nameof(signalPeriod)));
        _highs = new SlidingMaximum(lookbackPeriod);
        _negatedLows = new SlidingMaximum(lookbackPeriod);
        Name = FormattableString.Invariant($"stoch:{lookbackPeriod},{signalPeriod},{smoothPeriod}");
    }

    public string Name { get; }

    public IReadOnlyList<string> LineNames => LineSet;

    public int LineCount => 2;

    public int WarmupPeriod => _lookback + _k.Period + _d.Period - 2;

    public bool IsReady => _d.IsReady;

    /// <summary>%K (Skender's <c>Oscillator</c>).</summary>
    public double? K => _k.Value;

    /// <summary>%D (Skender's <c>Signal</c>).</summary>
    public double? D => _d.Value;

    /// <summary>%J = 3K − 2D (Skender's <c>PercentJ</c>).</summary>
    public double? J => _k.TryGetLine(0, out var k) && _d.TryGetLine(0, out var d) ? (3 * k) - (2 * d) : null;

    public void Update(in Bar bar)
    {
        var close = (double)bar.Close;
        _highs.Push((double)bar.High);
        _negatedLows.Push(-(double)bar.Low);
        if (!_highs.IsFull) return;

        var high = _highs.Maximum;
        var low = -_negatedLows.Maximum;
        double raw;
        if (high == low) raw = 0;
        else if (close >= high) raw = 100;
        else if (close <= low) raw = 0;
        // Divide before scaling so rounding cannot push the value past 100 (see Rsi).
        else raw = 100 * ((close - low) / (high - low));

        _k.Update(raw);
        if (_k.TryGetLine(0, out var k)) _d.Update(k);
    }

    public bool TryGetLine(int line, out double value) => line switch
    {
        KLine => _k.TryGetLine(0, out value),
        DLine => _d.TryGetLine(0, out value),
        _ => Require.BadLine(line, 2, out value),
    };

    public void Reset()
    {
        _highs.Reset();
        _negatedLows.Reset();
        _k.Reset();
        _d.Reset();
    }
}
