namespace Ouroboros.Core.Feeds;

public enum FeedConnectionState
{
    Connected,
    Disconnected,
}
