namespace Ouroboros.MarketData;

/// <summary>
/// A hole in a series: <see cref="From"/> is the open time of the last bar before the hole, <see cref="To"/> the open time
/// of the first bar after it, and <see cref="MissingBars"/> how many bars of the series' interval are absent in between
/// (for daily session data: the weekdays in between, which may include exchange holidays).
/// </summary>
public readonly record struct Gap(DateTimeOffset From, DateTimeOffset To, long MissingBars)
{
    public override string ToString() => $"{From:yyyy-MM-dd HH:mm} → {To:yyyy-MM-dd HH:mm}: {MissingBars} missing";
}
