namespace Ouroboros.Brokers.Kis.WebSocket;

/// <summary>The session moved to <paramref name="State"/>; <paramref name="Reason"/> says why in plain words.</summary>
public sealed record KisConnectionChanged(DateTimeOffset ReceivedAt, KisConnectionState State, string Reason) : KisStreamEvent(ReceivedAt);
