using Ouroboros.Domain.Bars;
using static Ouroboros.Live.Tests.Feeds.FeedRig;

namespace Ouroboros.Live.Tests.Feeds;

public sealed class LiveBarPipelineTests
{
    private static TimeSpan M(int minutes, int seconds = 0) => TimeSpan.FromMinutes(minutes) + TimeSpan.FromSeconds(seconds);

    [Fact]
    public void Trades_become_five_minute_bars_posted_at_their_end_plus_the_grace_with_exact_ohlcv()
    {
        using var rig = new FeedRig();
        rig.Trade(A, M(0, 10), 100.10m, 1m).Trade(A, M(1, 30), 102.25m, 2m).Trade(B, M(2), 50m, 10m)
            .Trade(A, M(3), 99.95m, 3m).Trade(A, M(4, 59), 101.5m, 1.5m).Until(M(5, 1));

        rig.Posted().ShouldBeEmpty();
        rig.Until(M(5, 2));

        rig.Posted().ShouldBe(["bar 0 09:00 100.10 102.25 99.95 101.5 7.5", "bar 1 09:00 50 50 50 50 10", "close 09:00"]);
        rig.Pipeline.Counters.SlicesPosted.ShouldBe(1);
    }

    [Fact]
    public void A_bar_is_posted_on_time_though_no_later_trade_closes_it_and_one_instrument_waits_for_the_other()
    {
        using var rig = new FeedRig();
        // A's trade at 09:05:00 would close A's bucket at once; the slice still waits for B's bucket to be complete.
        rig.Trade(A, M(4), 10m, 1m).Trade(B, M(4, 30), 50m, 1m).Trade(A, M(5), 11m, 1m);
        rig.Posted().ShouldBeEmpty();

        rig.Until(M(10, 2));

        rig.Posted().ShouldBe(["bar 0 09:00 10 10 10 10 1", "bar 1 09:00 50 50 50 50 1", "close 09:00", "bar 0 09:05 11 11 11 11 1", "close 09:05"]);
    }

    [Fact]
    public void No_trades_make_no_bar_and_no_slice()
    {
        using var rig = new FeedRig();
        rig.Trade(A, M(1), 10m, 1m).Until(M(30));

        rig.Posted().ShouldBe(["bar 0 09:00 10 10 10 10 1", "close 09:00"]);
        rig.Pipeline.Counters.BarsPosted.ShouldBe(1);
    }

    [Fact]
    public void A_trade_for_a_slice_already_posted_is_dropped_and_counted()
    {
        using var rig = new FeedRig();
        rig.Trade(A, M(1), 10m, 1m).Until(M(5, 2));
        rig.Posted().Count.ShouldBe(2);

        rig.Clock.SetUtcNow(T0 + M(5, 3));
        rig.Feed.Trade(A, 12m, 1m, time: T0 + M(4, 59));
        rig.Pipeline.Drain(rig.Feed.Events);
        rig.Until(M(10, 2));

        rig.Posted().ShouldBeEmpty();
        rig.Pipeline.Counters.LateTrades.ShouldBe(1);
    }

    [Fact]
    public void A_closed_bar_the_feed_repeats_is_posted_once_and_the_repeat_counted()
    {
        using var rig = new FeedRig();
        var five = new BarInterval(TimeSpan.FromMinutes(5));
        var bar = new Bar(T0, 10m, 12m, 9m, 11m, 100m);
        rig.Until(M(5));
        rig.Feed.ClosedBar(A, five, bar).ClosedBar(A, five, bar);
        rig.Until(M(5, 2));
        rig.Feed.ClosedBar(A, five, bar);
        rig.Until(M(10, 2));

        rig.Posted().ShouldBe(["bar 0 09:00 10 12 9 11 100", "close 09:00"]);
        rig.Pipeline.Counters.DuplicateBars.ShouldBe(2);
    }

    [Fact]
    public void Closed_one_minute_bars_from_the_feed_roll_up_like_trades()
    {
        using var rig = new FeedRig();
        rig.Until(M(2));
        rig.Feed.ClosedBar(A, BarInterval.OneMinute, new Bar(T0, 10m, 12m, 9m, 11m, 100m))
            .ClosedBar(A, BarInterval.OneMinute, new Bar(T0 + M(1), 11m, 13m, 10m, 12m, 50m));
        rig.Until(M(5, 2));

        rig.Posted().ShouldBe(["bar 0 09:00 10 13 9 12 150", "close 09:00"]);
    }

    [Fact]
    public void Quote_midpoints_make_bars_only_when_asked()
    {
        using var off = new FeedRig();
        off.Until(M(1));
        off.Feed.Quote(A, 10m, 10.5m);
        off.Until(M(5, 2));
        off.Posted().ShouldBeEmpty();

        using var on = new FeedRig();
        var pipeline = new Ouroboros.Live.Feeds.LiveBarPipeline([A, B], new(new BarInterval(TimeSpan.FromMinutes(5))) { QuotesMakeBars = true }, on.Inbox, on.Clock);
        pipeline.Start();
        on.Clock.SetUtcNow(T0 + M(1));
        pipeline.OnEvent(new Ouroboros.Core.Feeds.FeedQuote(A, on.Clock.GetUtcNow(), 10m, 10.5m));
        on.Until(M(5, 2));
        on.Posted().ShouldBe(["bar 0 09:00 10.25 10.25 10.25 10.25 0", "close 09:00"]);
        pipeline.Dispose();
    }
}
