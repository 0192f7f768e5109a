using Ouroboros.Brokers.Kis.Broker;
using Ouroboros.Brokers.Kis.Feed;
using Ouroboros.Brokers.Kis.Http;
using Ouroboros.Brokers.Kis.WebSocket;

namespace Ouroboros.Application.Kis;

/// <summary>Closes an agent's KIS connection: the feed first (no more notices), then the session, the broker's polling and the client.</summary>
internal sealed class KisAgentLifetime(KisClient client, KisBroker broker, KisMarketDataFeed feed, KisWebSocketSession session) : IAsyncDisposable
{
    private int _disposed;

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        await feed.DisposeAsync().ConfigureAwait(false);
        await session.DisposeAsync().ConfigureAwait(false);
        await broker.DisposeAsync().ConfigureAwait(false);
        client.Dispose();
    }
}
