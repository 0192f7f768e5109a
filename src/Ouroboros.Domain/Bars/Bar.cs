namespace Ouroboros.Domain.Bars;

/// <summary>
/// One OHLCV bar. <see cref="Time"/> is the bar's open time in UTC (daily bars: the session date at 00:00 UTC).
/// A plain struct without validation so that replay stays allocation-free; <see cref="Validate"/> is called by readers.
/// </summary>
public readonly record struct Bar(DateTimeOffset Time, decimal Open, decimal High, decimal Low, decimal Close, decimal Volume)
{
    /// <summary>Returns null when the bar is consistent, or a sentence saying what is wrong.</summary>
    public string? Validate()
    {
        if (Open <= 0 || High <= 0 || Low <= 0 || Close <= 0) return "prices must be positive";
        if (Volume < 0) return "volume must not be negative";
        if (High < Open || High < Close) return $"high {High} is below open {Open} or close {Close}";
        if (Low > Open || Low > Close) return $"low {Low} is above open {Open} or close {Close}";
        if (High < Low) return $"high {High} is below low {Low}";
        return null;
    }
}
