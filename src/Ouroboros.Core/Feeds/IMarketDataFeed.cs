using System.Threading.Channels;
using Ouroboros.Core.Ports;
using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Core.Feeds;

/// <summary>
/// A venue's live market data, as the agent sees it: closed bars, trades and quotes (where the venue streams them)
/// and the connection's status, all as immutable <see cref="FeedEvent"/>s on one reader. Vendor types and exceptions
/// never cross this port: a subscription the venue refuses is a failed <see cref="BrokerResult{T}"/>, a dropped
/// connection is a <see cref="FeedStatusChanged"/>. An adapter never retries; the host decides.
/// </summary>
public interface IMarketDataFeed
{
    /// <summary>A short name for logs and the banner ("kis", "fake").</summary>
    string Name { get; }

    /// <summary>Every event of every subscription, in the order the venue delivered them; completed when the feed is closed.</summary>
    ChannelReader<FeedEvent> Events { get; }

    /// <summary>Starts streaming <paramref name="instruments"/>; closed bars (when the venue sends them) are of <paramref name="interval"/>.</summary>
    ValueTask<BrokerResult<FeedSubscription>> SubscribeAsync(IReadOnlyList<InstrumentId> instruments, BarInterval interval, CancellationToken cancellationToken);

    /// <summary>Stops streaming <paramref name="instruments"/>; the value is the instruments still subscribed.</summary>
    ValueTask<BrokerResult<IReadOnlyList<InstrumentId>>> UnsubscribeAsync(IReadOnlyList<InstrumentId> instruments, CancellationToken cancellationToken);
}
