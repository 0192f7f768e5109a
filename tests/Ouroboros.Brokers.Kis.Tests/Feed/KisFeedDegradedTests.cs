using Ouroboros.Brokers.Kis.Feed;
using Ouroboros.Core.Feeds;
using Ouroboros.Domain.Bars;
using Ouroboros.Fakes.Kis;

namespace Ouroboros.Brokers.Kis.Tests.Feed;

/// <summary>The feed without its WebSocket: degraded status, REST polling within the limit, streaming again, gap catch-up.</summary>
public sealed class KisFeedDegradedTests
{
    [Fact]
    public async Task A_dropped_socket_degrades_to_polled_trades_without_made_up_sizes_and_streaming_resumes_when_it_returns()
    {
        await using var h = await KisFeedHarness.StartAsync();
        await h.StreamingAsync(KisFeedHarness.Samsung);
        await h.Fake.TradeAsync("005930", 71_900m, 15m);
        (await h.NextAsync<FeedTrade>(moveClock: false)).Size.ShouldBe(15m);

        h.Fake.WebSocket.RefuseConnections = true;
        h.Fake.WebSocket.DropConnections();
        var degraded = await h.NextAsync<FeedStatusChanged>(s => s.State == FeedConnectionState.Disconnected);
        degraded.Reason.ShouldNotBeNull();
        degraded.Reason.ShouldStartWith("degraded:");
        degraded.Reason.ShouldContain("polling REST prices");
        h.Feed.IsDegraded.ShouldBeTrue();

        // 40 shares trade while the socket is down: only REST can tell.
        await h.Fake.TradeAsync("005930", 72_000m, 40m);
        await h.NextAsync<FeedTrade>(t => t.Price == 72_000m);
        await h.DriveUntilAsync(() => h.Seen.OfType<FeedTrade>().Count(t => t.Price == 72_000m) >= 3, "three polled trades");

        var polled = h.Seen.OfType<FeedTrade>().Where(t => t.Price == 72_000m).ToList();
        polled.ShouldAllBe(t => t.Instrument == KisFeedHarness.Samsung && t.Size >= 0m);
        polled.Sum(t => t.Size).ShouldBe(40m);
        polled[0].Size.ShouldBe(40m);

        h.Fake.WebSocket.RefuseConnections = false;
        var back = await h.NextAsync<FeedStatusChanged>(s => s.State == FeedConnectionState.Connected);
        back.Reason!.ShouldContain("reconnected");
        h.Feed.IsDegraded.ShouldBeFalse();
        await h.DriveUntilAsync(() => h.Fake.WebSocket.ActiveSubscriptions.Count == 1, "the re-subscription");
        await h.Fake.TradeAsync("005930", 72_100m, 6m);
        var streamed = await h.NextAsync<FeedTrade>(t => t.Price == 72_100m, moveClock: false);
        streamed.Size.ShouldBe(6m);
    }

    [Fact]
    public async Task A_socket_refused_from_the_start_is_reported_degraded_and_prices_are_polled()
    {
        await using var h = await KisFeedHarness.StartAsync();
        h.Fake.WebSocket.RefuseConnections = true;

        var result = await h.Feed.SubscribeAsync([KisFeedHarness.Apple], BarInterval.OneMinute, CancellationToken.None);

        result.IsSuccess.ShouldBeTrue();
        (await h.NextAsync<FeedStatusChanged>()).State.ShouldBe(FeedConnectionState.Disconnected);
        var polled = await h.NextAsync<FeedTrade>();
        (polled.Instrument, polled.Price, polled.Size).ShouldBe((KisFeedHarness.Apple, 212.34m, 0m));
    }

    [Fact]
    public async Task A_gap_is_caught_up_by_rest_minute_bars_of_the_minutes_not_streamed_and_nothing_streamed_is_repeated()
    {
        // One poll per ~9 minutes of fake time: only the first poll (in the minute already streamed) falls in the gap.
        await using var h = await KisFeedHarness.StartAsync(options: new KisFeedOptions { PollShareOfRate = 0.0001 });
        var kst = new DateTime(2026, 7, 9, 10, 0, 0);
        h.Fake.Rest.AddMinuteBars("005930", Enumerable.Range(0, 5).Select(m => new FakeKisBar(kst.AddMinutes(m), 71_900m + m, 72_000m + m, 71_800m + m, 71_950m + m, 100m + m)));
        await h.StreamingAsync(KisFeedHarness.Samsung);
        h.Clock.Advance(TimeSpan.FromSeconds(10));
        await h.Fake.TradeAsync("005930", 71_900m, 15m);
        await h.NextAsync<FeedTrade>(moveClock: false);

        h.Fake.WebSocket.RefuseConnections = true;
        h.Fake.WebSocket.DropConnections();
        await h.NextAsync<FeedStatusChanged>(s => s.State == FeedConnectionState.Disconnected);
        h.Clock.SetUtcNow(KisFeedHarness.KrxMorning.AddMinutes(4).AddSeconds(30));
        h.Fake.WebSocket.RefuseConnections = false;
        await h.NextAsync<FeedStatusChanged>(s => s.State == FeedConnectionState.Connected);
        await h.NextAsync<FeedBar>(b => b.Bar.Time == KisFeedHarness.KrxMorning.AddMinutes(3), moveClock: false);

        var bars = h.Seen.OfType<FeedBar>().ToList();
        bars.Select(b => b.Bar.Time.UtcDateTime.Minute).ShouldBe([1, 2, 3]);
        bars.ShouldAllBe(b => b.Instrument == KisFeedHarness.Samsung && b.Interval == BarInterval.OneMinute);
        (bars[0].Bar.Open, bars[0].Bar.High, bars[0].Bar.Low, bars[0].Bar.Close, bars[0].Bar.Volume).ShouldBe((71_901m, 72_001m, 71_801m, 71_951m, 101m));
        // 10:00 was streamed, 10:04 has not ended: neither comes as a bar.
        h.Seen.OfType<FeedBar>().Count().ShouldBe(3);
    }
}
