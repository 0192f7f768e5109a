using Ouroboros.Core.Feeds;
using Ouroboros.Core.Inbox;
using Ouroboros.Domain.Bars;
using Ouroboros.Live.Feeds;

namespace Ouroboros.Brokers.Kis.Tests.Feed;

/// <summary>End to end: the fake's prints → the KIS feed → the running agent's LiveBarPipeline → closed 1-minute bars.</summary>
public sealed class KisFeedPipelineTests
{
    [Fact]
    public async Task The_live_bar_pipeline_builds_one_minute_bars_from_the_kis_feed_s_trades()
    {
        await using var h = await KisFeedHarness.StartAsync();
        await h.StreamingAsync(KisFeedHarness.Samsung);
        var target = new RecordingTarget();
        using var pipeline = new LiveBarPipeline([KisFeedHarness.Samsung], new LiveBarPipelineOptions(BarInterval.OneMinute), target, h.Clock);
        pipeline.Start();
        foreach (var e in h.Seen) pipeline.OnEvent(e);

        foreach (var (price, size) in new[] { (71_900m, 10m), (72_100m, 5m), (71_800m, 7m) })
        {
            await h.Fake.TradeAsync("005930", price, size);
            pipeline.OnEvent(await h.NextAsync<FeedTrade>(moveClock: false));
            h.Clock.Advance(TimeSpan.FromSeconds(20));
        }
        await h.Fake.TradeAsync("005930", 72_000m, 1m);
        pipeline.OnEvent(await h.NextAsync<FeedTrade>(moveClock: false));
        h.Clock.Advance(LiveBarPipelineOptions.DefaultLateGrace);

        var slice = target.Slices.ShouldHaveSingleItem();
        slice.Time.ShouldBe(KisFeedHarness.KrxMorning);
        var bar = slice.Bars.ShouldHaveSingleItem().Bar;
        (bar.Open, bar.High, bar.Low, bar.Close, bar.Volume).ShouldBe((71_900m, 72_100m, 71_800m, 71_800m, 22m));
        pipeline.Counters.LateTrades.ShouldBe(0);
    }

    private sealed class RecordingTarget : IFeedTarget
    {
        public List<(DateTimeOffset Time, IReadOnlyList<(int Instrument, Bar Bar)> Bars)> Slices { get; } = [];

        public void PostSlice(DateTimeOffset time, IReadOnlyList<(int Instrument, Bar Bar)> bars) => Slices.Add((time, [.. bars]));

        public void PostPriceStatus(PriceStatusCommand command)
        {
        }
    }
}
