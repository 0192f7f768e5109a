namespace Ouroboros.Brokers.Kis.WebSocket;

/// <summary>What a subscribe or unsubscribe request achieved.</summary>
public enum KisSubscribeOutcome
{
    /// <summary>OPSP0000: the feed is live.</summary>
    Subscribed,

    /// <summary>OPSP0002, or the session already carried it: the feed is live.</summary>
    AlreadySubscribed,

    /// <summary>Not connected right now: remembered and sent as soon as the session (re)connects.</summary>
    Queued,

    /// <summary>OPSP0001 (or the feed was not carried): nothing more arrives for it.</summary>
    Unsubscribed,
}
