namespace Ouroboros.Strategies;

/// <summary>Parameters of <see cref="TripleRsiStrategy"/>; thresholds are on the RSI scale 0..100.</summary>
public sealed record TripleRsiSettings(
    int FastPeriod = 7,
    int MidPeriod = 14,
    int SlowPeriod = 21,
    int SignalPeriod = 9,
    double EntryMax = 60,
    double TrendMin = 40,
    double Overbought = 80)
{
    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> for the first value out of range.</summary>
    public TripleRsiSettings Validated()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(FastPeriod, 1, nameof(FastPeriod));
        if (MidPeriod <= FastPeriod || SlowPeriod <= MidPeriod)
            throw new ArgumentOutOfRangeException(nameof(MidPeriod), MidPeriod, "RSI periods must be increasing: fast < mid < slow.");
        ArgumentOutOfRangeException.ThrowIfLessThan(SignalPeriod, 1, nameof(SignalPeriod));
        Check(EntryMax, nameof(EntryMax));
        Check(TrendMin, nameof(TrendMin));
        Check(Overbought, nameof(Overbought));
        return this;
    }

    private static void Check(double value, string name)
    {
        if (!(value is >= 0 and <= 100)) throw new ArgumentOutOfRangeException(name, value, "RSI thresholds are in [0, 100].");
    }
}
