using Ouroboros.Core.Feeds;
using Ouroboros.Core.Ports;
using Ouroboros.Domain.Bars;
using Ouroboros.TestKit;
using Ouroboros.TestKit.Feeds;
using static Ouroboros.Live.Tests.Feeds.FeedRig;

namespace Ouroboros.Live.Tests.Feeds;

public sealed class FakeMarketDataFeedTests
{
    [Fact]
    public async Task A_refused_subscription_is_a_failed_value_and_the_next_one_succeeds()
    {
        var feed = new FakeMarketDataFeed(new FakeClock()).FailNextSubscribe(BrokerErrorKind.Auth, "token expired");

        var refused = await feed.SubscribeAsync([A, B], BarInterval.OneMinute, CancellationToken.None);
        var accepted = await feed.SubscribeAsync([A, B], BarInterval.OneMinute, CancellationToken.None);
        var left = await feed.UnsubscribeAsync([A], CancellationToken.None);

        refused.IsSuccess.ShouldBeFalse();
        refused.Error!.ShouldBe(new BrokerError(BrokerErrorKind.Auth, "token expired"));
        accepted.Value!.Instruments.ShouldBe([A, B]);
        left.Value.ShouldBe([B]);
    }

    [Fact]
    public void Feed_events_refuse_meaningless_values_and_a_one_sided_quote_has_no_midpoint()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new FeedTrade(A, T0, 0m, 1m));
        Should.Throw<ArgumentOutOfRangeException>(() => new FeedTrade(A, T0, 1m, -1m));
        Should.Throw<ArgumentException>(() => new FeedQuote(A, T0, 10m, 9m));
        Should.Throw<ArgumentException>(() => new FeedBar(A, BarInterval.OneMinute, new Bar(T0, 10m, 9m, 8m, 10m, 1m)));
        new FeedQuote(A, T0, 10m, null).Mid.ShouldBeNull();
        new FeedQuote(A, T0, 10m, 10.5m).Mid.ShouldBe(10.25m);
    }
}
