namespace Ouroboros.Brokers.Kis.Feed;

/// <summary>How the KIS feed polls REST prices while its WebSocket is down.</summary>
public sealed record KisFeedOptions
{
    /// <summary>
    /// The share of the app key's request rate the price polling may use (0–1, default half): the same limiter paces
    /// orders and reconciliation, which must still get through while the feed is degraded.
    /// </summary>
    public double PollShareOfRate { get; init; } = 0.5;

    /// <summary>The gap between two price polls (one instrument each, round robin) for a limiter granting one call per <paramref name="slot"/>.</summary>
    public TimeSpan PollSpacing(TimeSpan slot)
    {
        if (PollShareOfRate is not (> 0 and <= 1))
            throw new InvalidOperationException($"the polling share of the request rate must be above 0 and at most 1, not {PollShareOfRate}");
        return TimeSpan.FromTicks((long)Math.Ceiling(slot.Ticks / PollShareOfRate));
    }
}
