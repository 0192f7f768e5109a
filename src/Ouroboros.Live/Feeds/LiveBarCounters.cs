namespace Ouroboros.Live.Feeds;

/// <summary>What the pipeline did and dropped (dropped data is counted, never silent).</summary>
public sealed record LiveBarCounters(long SlicesPosted, long BarsPosted, long LateTrades, long DuplicateBars, long LateBars, long UnusableEvents);
