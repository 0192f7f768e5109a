using Ouroboros.Brokers.Kis.Common;
using Ouroboros.Brokers.Kis.Feed;
using Ouroboros.Brokers.Kis.WebSocket;
using Ouroboros.Core.Feeds;
using Ouroboros.Core.Ports;
using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Brokers.Kis.Tests.Feed;

/// <summary>The KIS feed through Core's port against the combined fake: streamed trades, mapping and the 40-subscription limit.</summary>
public sealed class KisMarketDataFeedTests
{
    [Fact]
    public async Task Krx_and_us_trades_are_streamed_through_the_port_with_exchange_time_and_size()
    {
        await using var h = await KisFeedHarness.StartAsync();
        await h.StreamingAsync(KisFeedHarness.Samsung, KisFeedHarness.Apple);
        h.Fake.WebSocket.ActiveSubscriptions.ShouldBe([("H0STCNT0", "005930"), ("HDFSCNT0", "DNASAAPL")], ignoreOrder: true);
        // KIS stamps trades to the second.
        var at = KisFeedHarness.WholeSecond(h.Clock.GetUtcNow());

        (await h.Fake.TradeAsync("005930", 72_000m, 15m)).ShouldBe(1);
        (await h.Fake.TradeAsync("AAPL", 212.5m, 300m)).ShouldBe(1);

        var krx = await h.NextAsync<FeedTrade>(moveClock: false);
        (krx.Instrument, krx.Price, krx.Size).ShouldBe((KisFeedHarness.Samsung, 72_000m, 15m));
        krx.Time.ShouldBe(at);
        var us = await h.NextAsync<FeedTrade>(moveClock: false);
        (us.Instrument, us.Price, us.Size).ShouldBe((KisFeedHarness.Apple, 212.5m, 300m));
        us.Time.ShouldBe(at);
        h.Feed.IsDegraded.ShouldBeFalse();
    }

    [Fact]
    public async Task A_trade_of_a_symbol_not_in_the_map_is_ignored()
    {
        var forwarded = new List<KisStreamEvent>();
        await using var h = await KisFeedHarness.StartAsync(ownSession: true, otherEvents: e => { lock (forwarded) forwarded.Add(e); });
        await h.StreamingAsync(KisFeedHarness.Samsung);
        // Another user of the same session (one per app key) streams a code the feed was never told about.
        (await h.Session!.SubscribeAsync(KisSubscription.DomesticTrades("000660"))).IsSuccess.ShouldBeTrue();

        (await h.Fake.TradeAsync("000660", 180_000m, 3m)).ShouldBe(1);
        (await h.Fake.TradeAsync("005930", 72_100m, 4m)).ShouldBe(1);

        var trade = await h.NextAsync<FeedTrade>(moveClock: false);
        (trade.Instrument, trade.Price).ShouldBe((KisFeedHarness.Samsung, 72_100m));
        h.Seen.OfType<FeedTrade>().ShouldHaveSingleItem();
        lock (forwarded) forwarded.OfType<KisDomesticTrade>().ShouldBeEmpty();
    }

    [Fact]
    public async Task Subscribing_an_instrument_without_a_kis_symbol_fails_and_names_it()
    {
        await using var h = await KisFeedHarness.StartAsync();
        var stranger = new InstrumentId("BYBIT:BTCUSDT");

        var result = await h.Feed.SubscribeAsync([KisFeedHarness.Samsung, stranger], BarInterval.OneMinute, CancellationToken.None);

        result.Error!.Kind.ShouldBe(BrokerErrorKind.InvalidRequest);
        result.Error.Message.ShouldContain("BYBIT:BTCUSDT");
        h.Fake.WebSocket.ActiveSubscriptions.ShouldBeEmpty();
    }

    [Fact]
    public async Task Forty_one_instruments_are_refused_before_anything_is_subscribed()
    {
        var map = Enumerable.Range(0, 41).ToDictionary(i => new InstrumentId($"KRX:{i:000000}"), i => new KisFeedInstrument(KisExchange.Krx, $"{i:000000}"));
        await using var h = await KisFeedHarness.StartAsync(map);

        var result = await h.Feed.SubscribeAsync([.. map.Keys], BarInterval.OneMinute, CancellationToken.None);

        result.Error!.Kind.ShouldBe(BrokerErrorKind.InvalidRequest);
        result.Error.Message.ShouldContain("at most 40");
        h.Fake.WebSocket.ActiveSubscriptions.ShouldBeEmpty();
        (await h.Feed.SubscribeAsync([.. map.Keys.Take(40)], BarInterval.OneMinute, CancellationToken.None)).Value!.Instruments.Count.ShouldBe(40);
    }

    [Fact]
    public async Task Unsubscribed_instruments_stop_streaming_and_the_rest_are_reported()
    {
        await using var h = await KisFeedHarness.StartAsync();
        await h.StreamingAsync(KisFeedHarness.Samsung, KisFeedHarness.Apple);

        var left = await h.Feed.UnsubscribeAsync([KisFeedHarness.Apple], CancellationToken.None);

        left.Value.ShouldBe([KisFeedHarness.Samsung]);
        h.Fake.WebSocket.ActiveSubscriptions.ShouldBe([("H0STCNT0", "005930")]);
        (await h.Fake.TradeAsync("AAPL", 213m, 1m)).ShouldBe(0);
    }
}
