namespace Ouroboros.Core.Feeds;

/// <summary>
/// One event of a live feed. <see cref="Time"/> is the venue's time of the event (a bar's: its close, the instant it
/// became final); the pipeline judges staleness by when events arrive on its own clock, not by the venue's stamps.
/// </summary>
public abstract record FeedEvent(DateTimeOffset Time);
