namespace Ouroboros.Strategies;

/// <summary>
/// Parameters of <see cref="MomentumStrategy"/>. <see cref="RiskPercent"/> is in percent of equity (1.0 = 1%)
/// risked per position per <see cref="AtrMultiple"/> × ATR.
/// </summary>
public sealed record MomentumSettings(
    int Lookback = 252,
    int Skip = 21,
    int Top = 2,
    int AtrPeriod = 20,
    decimal RiskPercent = 1.0m,
    decimal AtrMultiple = 2m,
    bool AbsoluteFilter = true)
{
    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> for the first value out of range.</summary>
    public MomentumSettings Validated()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Lookback, 1, nameof(Lookback));
        if (Skip < 0 || Skip >= Lookback)
            throw new ArgumentOutOfRangeException(nameof(Skip), Skip, "skip must be at least 0 and less than lookback.");
        ArgumentOutOfRangeException.ThrowIfLessThan(Top, 1, nameof(Top));
        ArgumentOutOfRangeException.ThrowIfLessThan(AtrPeriod, 1, nameof(AtrPeriod));
        if (RiskPercent is <= 0 or > 100)
            throw new ArgumentOutOfRangeException(nameof(RiskPercent), RiskPercent, "risk_pct must be in (0, 100].");
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(AtrMultiple, nameof(AtrMultiple));
        return this;
    }
}
