namespace Ouroboros.Brokers.Kis.WebSocket;

/// <summary>Where the session's one WebSocket stands.</summary>
public enum KisConnectionState
{
    /// <summary>Not started, given up or disposed: nothing arrives and nothing is retried.</summary>
    Down,

    /// <summary>Open: frames arrive and subscriptions are live.</summary>
    Connected,

    /// <summary>Lost or not reached yet; retried with capped, jittered exponential backoff.</summary>
    Reconnecting,
}
