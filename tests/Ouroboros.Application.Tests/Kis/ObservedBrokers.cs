using System.Threading.Channels;
using Ouroboros.Application.Agents;
using Ouroboros.Core.Feeds;
using Ouroboros.Core.Ports;
using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Instruments;
using Ouroboros.Domain.Primitives;
using Ouroboros.Domain.Venues;

namespace Ouroboros.Application.Tests.Kis;

/// <summary>
/// The real brokers with their feed passed through a channel the test can see into: how many trades the feed produced
/// and whether the agent has read them all, so a test moves its clock past a minute only after the minute's prints are in.
/// </summary>
internal sealed class ObservedBrokers(IAgentBrokers inner) : IAgentBrokers
{
    public ObservedFeed? Feed { get; private set; }

    public IReadOnlyList<string> Names => inner.Names;

    public IReadOnlyList<string> Problems(string broker) => inner.Problems(broker);

    public async Task<AgentConnection> ConnectAsync(string broker, IReadOnlyList<Instrument> instruments, IReadOnlyList<VenueModel> venueModels, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var connection = await inner.ConnectAsync(broker, instruments, venueModels, clock, cancellationToken);
        Feed = new ObservedFeed(connection.Feed);
        return connection with { Feed = Feed };
    }
}

internal sealed class ObservedFeed : IMarketDataFeed
{
    private readonly IMarketDataFeed _inner;
    private readonly Channel<FeedEvent> _events = Channel.CreateUnbounded<FeedEvent>();
    private readonly List<string> _seen = [];
    private int _trades;

    /// <summary>What the feed said so far, for a failure's message.</summary>
    public string Seen
    {
        get
        {
            lock (_seen) return string.Join("; ", _seen);
        }
    }

    public ObservedFeed(IMarketDataFeed inner)
    {
        _inner = inner;
        _ = Task.Run(PumpAsync);
    }

    public int Trades => Volatile.Read(ref _trades);

    public int Unread => _events.Reader.Count;

    public string Name => _inner.Name;

    public ChannelReader<FeedEvent> Events => _events.Reader;

    /// <summary>True once a subscription has been answered (the feed drops prints of instruments it has not subscribed yet).</summary>
    public bool Subscribed { get; private set; }

    public async ValueTask<BrokerResult<FeedSubscription>> SubscribeAsync(IReadOnlyList<InstrumentId> instruments, BarInterval interval, CancellationToken cancellationToken)
    {
        var result = await _inner.SubscribeAsync(instruments, interval, cancellationToken);
        Subscribed |= result.IsSuccess;
        return result;
    }

    public ValueTask<BrokerResult<IReadOnlyList<InstrumentId>>> UnsubscribeAsync(IReadOnlyList<InstrumentId> instruments, CancellationToken cancellationToken) =>
        _inner.UnsubscribeAsync(instruments, cancellationToken);

    private async Task PumpAsync()
    {
        await foreach (var e in _inner.Events.ReadAllAsync())
        {
            lock (_seen) _seen.Add(e.ToString()!);
            await _events.Writer.WriteAsync(e);
            if (e is FeedTrade) Interlocked.Increment(ref _trades);
        }
        _events.Writer.TryComplete();
    }
}
