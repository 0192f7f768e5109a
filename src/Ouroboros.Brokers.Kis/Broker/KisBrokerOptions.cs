namespace Ouroboros.Brokers.Kis.Broker;

/// <summary>How the KIS broker adapter works an account.</summary>
public sealed record KisBrokerOptions
{
    /// <summary>How often working orders are looked up for fills, cancels and refusals (each look-up spends rate-limited requests).</summary>
    public TimeSpan FillPollInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// KIS has no overseas market order: one is sent as a limit this far through the last price (a buy above it, a sell
    /// below it), so that it is marketable without chasing an unbounded price (kis-openapi.md §6.3).
    /// </summary>
    public decimal MarketAsLimitOffset { get; init; } = 0.005m;

    /// <summary>How far before the order's own time a broker's order may be stamped and still be taken as it (clocks differ).</summary>
    public TimeSpan MatchSlack { get; init; } = TimeSpan.FromMinutes(2);
}
