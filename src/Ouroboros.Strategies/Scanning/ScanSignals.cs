namespace Ouroboros.Strategies.Scanning;

/// <summary>
/// The one-word state of a scanned instrument. Price events come first (a close beyond the previous 20-bar channel),
/// then RSI extremes, then the moving-average trend.
/// </summary>
public static class ScanSignals
{
    public const string Breakout = "breakout";
    public const string Breakdown = "breakdown";
    public const string Oversold = "oversold";
    public const string Overbought = "overbought";
    public const string TrendUp = "trend-up";
    public const string TrendDown = "trend-down";
    public const string Neutral = "neutral";

    public const double OversoldRsi = 30;
    public const double OverboughtRsi = 70;

    public static string Classify(InstrumentSnapshot s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var close = (double)s.Close;
        if (s.Close > s.PriorHigh20) return Breakout;
        if (s.Close < s.PriorLow20) return Breakdown;
        if (s.Rsi14 < OversoldRsi) return Oversold;
        if (s.Rsi14 > OverboughtRsi) return Overbought;
        // Without a 50-bar average the trend is judged on the 20-bar one alone.
        if (close > s.Sma20 && (s.Sma50 is not { } up || s.Sma20 > up)) return TrendUp;
        if (close < s.Sma20 && (s.Sma50 is not { } down || s.Sma20 < down)) return TrendDown;
        return Neutral;
    }
}
