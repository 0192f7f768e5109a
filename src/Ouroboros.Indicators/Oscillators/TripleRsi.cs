using Ouroboros.Domain.Bars;
using Ouroboros.Indicators.Internal;
using Ouroboros.Indicators.MovingAverages;

namespace Ouroboros.Indicators.Oscillators;

/// <summary>
/// Three Wilder RSIs (default 7, 14, 21) and a signal line: the SMA (default 9) of the mean of the three RSIs.
/// Lines <c>rsi{fast}</c>, <c>rsi{mid}</c>, <c>rsi{slow}</c>, <c>signal</c>. Each RSI line appears after its own
/// warm-up; the signal needs the slow RSI plus <c>signal</c> bars, so warm-up is slow + signal bars.
/// </summary>
public sealed class TripleRsi : IPriceIndicator
{
    public const int FastLine = 0;
    public const int MidLine = 1;
    public const int SlowLine = 2;
    public const int SignalLine = 3;

    private const double OneThird = 1.0 / 3.0;
    private readonly Rsi _fast;
    private readonly Rsi _mid;
    private readonly Rsi _slow;
    private readonly Sma _signal;

    public TripleRsi(int fastPeriod = 7, int midPeriod = 14, int slowPeriod = 21, int signalPeriod = 9)
    {
        Require.Period(fastPeriod, nameof(fastPeriod));
        Require.Period(midPeriod, nameof(midPeriod));
        Require.Period(slowPeriod, nameof(slowPeriod));
        // Distinct, increasing periods keep the line names (rsi7, rsi14, ...) unique and meaningful.
        if (fastPeriod >= midPeriod || midPeriod >= slowPeriod)
            throw new ArgumentOutOfRangeException(nameof(midPeriod), midPeriod, "RSI periods must be increasing: fast < mid < slow.");
        _fast = new Rsi(fastPeriod);
        _mid = new Rsi(midPeriod);
        _slow = new Rsi(slowPeriod);
        _signal = new Sma(signalPeriod);
        Name = FormattableString.Invariant($"trsi:{fastPeriod},{midPeriod},{slowPeriod},{signalPeriod}");
        LineNames = Lines.Of(
            FormattableString.Invariant($"rsi{fastPeriod}"),
            FormattableString.Invariant($"rsi{midPeriod}"),
            FormattableString.Invariant($"rsi{slowPeriod}"),
            "signal");
    }

    public string Name { get; }

    public IReadOnlyList<string> LineNames { get; }

    public int LineCount => 4;

    public int WarmupPeriod => _slow.WarmupPeriod + _signal.Period - 1;

    public bool IsReady => _signal.IsReady;

    public double? Fast => _fast.Value;

    public double? Mid => _mid.Value;

    public double? Slow => _slow.Value;

    public double? Signal => _signal.Value;

    public void Update(double value)
    {
        Require.Finite(value);
        _fast.Update(value);
        _mid.Update(value);
        _slow.Update(value);
        // The slow RSI is the last to warm up, so once it is ready all three are.
        if (_slow.TryGetLine(0, out var slow))
        {
            _fast.TryGetLine(0, out var fast);
            _mid.TryGetLine(0, out var mid);
            _signal.Update((fast + mid + slow) * OneThird);
        }
    }

    public void Update(in Bar bar) => Update((double)bar.Close);

    public bool TryGetLine(int line, out double value) => line switch
    {
        FastLine => _fast.TryGetLine(0, out value),
        MidLine => _mid.TryGetLine(0, out value),
        SlowLine => _slow.TryGetLine(0, out value),
        SignalLine => _signal.TryGetLine(0, out value),
        _ => Require.BadLine(line, 4, out value),
    };

    public void Reset()
    {
        _fast.Reset();
        _mid.Reset();
        _slow.Reset();
        _signal.Reset();
    }
}
