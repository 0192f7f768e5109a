namespace Ouroboros.Core.Feeds;

/// <summary>The connection came up or went down; <see cref="Reason"/> says why (null when the venue gave none).</summary>
public sealed record FeedStatusChanged(DateTimeOffset Time, FeedConnectionState State, string? Reason) : FeedEvent(Time);
