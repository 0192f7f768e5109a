using Ouroboros.Domain.Bars;

namespace Ouroboros.Ai.Prompts;

/// <summary>
/// One timeframe of one instrument as a prompt shows it: bars known at the prompt's time (oldest first) and the
/// indicators on the last complete bar. <see cref="LastIsPartial"/> marks a weekly bar built from the days of the
/// current week that had closed; it is shown but never fed to the indicators.
/// </summary>
public sealed record TimeframeView(string Label, TimeSpan Length, IReadOnlyList<Bar> Bars, bool LastIsPartial, TimeframeIndicators Indicators)
{
    /// <summary>Daily and longer bars print as dates, shorter ones as UTC times.</summary>
    public bool IsIntraday => Length < TimeSpan.FromDays(1);
}

/// <summary>RSI14, ATR14, volume ratio (volume / 20-bar average) and momentum (ROC 10); null while warming up or undefined.</summary>
public sealed record TimeframeIndicators(double? Rsi14, double? Atr14, double? VolumeRatio20, double? Roc10);
