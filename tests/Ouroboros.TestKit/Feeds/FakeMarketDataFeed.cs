using System.Threading.Channels;
using Ouroboros.Core.Feeds;
using Ouroboros.Core.Ports;
using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.TestKit.Feeds;

/// <summary>
/// A market-data feed a test drives by hand: it publishes exactly the trades, quotes, bars and status changes it is
/// told to, stamped with the test's clock unless a time is given, and can refuse the next subscription.
/// </summary>
public sealed class FakeMarketDataFeed(TimeProvider clock) : IMarketDataFeed
{
    // Not single-reader: only the general unbounded channel can count what is unread (Unread).
    private readonly Channel<FeedEvent> _events = Channel.CreateUnbounded<FeedEvent>();
    private readonly List<InstrumentId> _subscribed = [];
    private BrokerError? _failNext;

    public string Name => "fake";
    public ChannelReader<FeedEvent> Events => _events.Reader;
    public IReadOnlyList<InstrumentId> Subscribed => _subscribed;

    /// <summary>Events published that the reader has not taken yet.</summary>
    public int Unread => _events.Reader.Count;

    public FakeMarketDataFeed FailNextSubscribe(BrokerErrorKind kind, string message)
    {
        _failNext = new BrokerError(kind, message);
        return this;
    }

    public ValueTask<BrokerResult<FeedSubscription>> SubscribeAsync(IReadOnlyList<InstrumentId> instruments, BarInterval interval, CancellationToken cancellationToken)
    {
        if (_failNext is { } error)
        {
            _failNext = null;
            return ValueTask.FromResult(BrokerResult<FeedSubscription>.Fail(error.Kind, error.Message));
        }
        foreach (var id in instruments)
        {
            if (!_subscribed.Contains(id)) _subscribed.Add(id);
        }
        return ValueTask.FromResult(BrokerResult<FeedSubscription>.Ok(new FeedSubscription([.. instruments], interval, true, true, true)));
    }

    public ValueTask<BrokerResult<IReadOnlyList<InstrumentId>>> UnsubscribeAsync(IReadOnlyList<InstrumentId> instruments, CancellationToken cancellationToken)
    {
        _subscribed.RemoveAll(instruments.Contains);
        return ValueTask.FromResult(BrokerResult<IReadOnlyList<InstrumentId>>.Ok([.. _subscribed]));
    }

    public FakeMarketDataFeed Trade(InstrumentId instrument, decimal price, decimal size, DateTimeOffset? time = null) =>
        Publish(new FeedTrade(instrument, time ?? clock.GetUtcNow(), price, size));

    public FakeMarketDataFeed Quote(InstrumentId instrument, decimal? bid, decimal? ask, DateTimeOffset? time = null) =>
        Publish(new FeedQuote(instrument, time ?? clock.GetUtcNow(), bid, ask));

    public FakeMarketDataFeed ClosedBar(InstrumentId instrument, BarInterval interval, Bar bar) => Publish(new FeedBar(instrument, interval, bar));

    public FakeMarketDataFeed Status(FeedConnectionState state, string? reason = null) =>
        Publish(new FeedStatusChanged(clock.GetUtcNow(), state, reason));

    public void Complete() => _events.Writer.TryComplete();

    private FakeMarketDataFeed Publish(FeedEvent feedEvent)
    {
        _events.Writer.TryWrite(feedEvent);
        return this;
    }
}
