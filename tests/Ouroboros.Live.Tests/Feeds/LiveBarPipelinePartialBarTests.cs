using FsCheck;
using FsCheck.Fluent;
using Ouroboros.Core.Inbox;
using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Venues;
using Ouroboros.Live.Feeds;
using Ouroboros.MarketData;
using Ouroboros.MarketData.Live;
using static Ouroboros.Live.Tests.Feeds.FeedRig;

namespace Ouroboros.Live.Tests.Feeds;

/// <summary>
/// The pipeline's partial bars: the bar of the strategy's interval in progress, equal to rolling up the minutes so far
/// (the open one included), as of now; nothing for an instrument without prints in the period; posting untouched.
/// </summary>
public sealed class LiveBarPipelinePartialBarTests
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(100);

    // Trades within six hours of the rig's 09:00 UTC start: one UTC day, so one daily bar in progress.
    private static readonly Arbitrary<(int Second, decimal Price, decimal Size, bool OfB)[]> Trades =
        (from second in Gen.Choose(0, 21_599)
         from cents in Gen.Choose(1, 100_000)
         from tenths in Gen.Choose(0, 500)
         from ofB in Gen.Elements(false, true)
         select (second, cents / 100m, tenths / 10m, ofB)).ArrayOf().ToArbitrary();

    private static readonly Arbitrary<int> Cuts = Gen.Choose(0, 21_599).ToArbitrary();

    [Fact]
    public void For_any_trade_stream_the_daily_partial_bar_equals_the_rollup_of_the_minutes_so_far() =>
        Check.One(Runs, Prop.ForAll(Trades, Cuts, (trades, cut) =>
        {
            var sorted = trades.OrderBy(t => t.Second).ToArray();
            using var rig = new FeedRig(BarInterval.OneDay);
            var sofar = sorted.Where(t => t.Second <= cut).ToArray();
            foreach (var (second, price, size, ofB) in sofar) rig.Trade(ofB ? B : A, TimeSpan.FromSeconds(second), price, size);
            rig.Until(TimeSpan.FromSeconds(cut).Add(TimeSpan.FromMilliseconds(500)));
            var now = T0.AddSeconds(cut).AddMilliseconds(500);

            var partial = rig.Pipeline.PartialBars();

            var expected = new[] { false, true }
                .Select((ofB, i) => Batch(sofar.Where(t => t.OfB == ofB).Select(t => (t.Second, t.Price, t.Size)).ToArray()) is { } bar ? new PartialBar(i, bar, now) : null)
                .OfType<PartialBar>().ToList();
            partial.ShouldBe(expected);
            rig.Posted().ShouldBeEmpty();
        }));

    [Fact]
    public void A_five_minute_partial_bar_holds_the_closed_minutes_and_the_open_one_and_an_instrument_without_prints_has_none()
    {
        using var rig = new FeedRig();
        rig.Trade(A, TimeSpan.FromSeconds(10), 100m, 1m).Trade(A, TimeSpan.FromSeconds(70), 103m, 2m).Trade(A, TimeSpan.FromSeconds(130), 99m, 3m)
            .Trade(A, TimeSpan.FromSeconds(150), 101m, 4m).Until(TimeSpan.FromSeconds(160));

        var bar = rig.Pipeline.PartialBars().ShouldHaveSingleItem();

        bar.Instrument.ShouldBe(0);
        bar.Bar.ShouldBe(new Bar(T0, 100m, 103m, 99m, 101m, 10m));
        bar.AsOf.ShouldBe(T0.AddSeconds(160));
        bar.Label.ShouldBe("partial (as of 09:02)");
    }

    [Fact]
    public void Once_its_period_has_closed_an_instrument_has_no_partial_bar_until_it_prints_again()
    {
        using var rig = new FeedRig();
        rig.Trade(A, TimeSpan.FromSeconds(10), 100m, 1m).Until(TimeSpan.FromMinutes(6));

        rig.Pipeline.PartialBars().ShouldBeEmpty();
        rig.Trade(A, TimeSpan.FromMinutes(7), 104m, 1m);
        rig.Pipeline.PartialBars().ShouldHaveSingleItem().Bar.Time.ShouldBe(T0.AddMinutes(5));
    }

    [Fact]
    public void Asking_for_partial_bars_changes_nothing_that_is_posted()
    {
        string[] Run(bool ask)
        {
            using var rig = new FeedRig();
            for (var s = 0; s < 1_800; s += 37)
            {
                rig.Trade(s % 2 == 0 ? A : B, TimeSpan.FromSeconds(s), 100m + (s % 11), 1m);
                if (ask) rig.Pipeline.PartialBars();
            }
            rig.Until(TimeSpan.FromMinutes(40));
            return [.. rig.Posted()];
        }

        var asked = Run(ask: true);

        asked.ShouldNotBeEmpty();
        asked.ShouldBe(Run(ask: false));
    }

    [Fact]
    public void The_pipeline_builds_daily_bars_but_refuses_intervals_that_are_not_a_day_or_a_whole_part_of_one()
    {
        Should.NotThrow(() => new LiveBarPipelineOptions(BarInterval.OneDay).Validate());
        Should.Throw<ArgumentException>(() => new LiveBarPipelineOptions(BarInterval.OneWeek).Validate()).Message.ShouldContain("or one day");
        Should.Throw<ArgumentException>(() => new LiveBarPipelineOptions(new BarInterval(TimeSpan.FromMinutes(7))).Validate());
    }

    /// <summary>The trades' 1-minute bars (the last one still open) resampled to one day in batch; null without trades.</summary>
    private static Bar? Batch((int Second, decimal Price, decimal Size)[] trades)
    {
        if (trades.Length == 0) return null;
        var minutes = new LiveBarAggregator(1, BarInterval.OneMinute, TimeSpan.Zero);
        var closed = new List<ClosedBar>();
        foreach (var (second, price, size) in trades) minutes.OnTrade(0, T0.AddSeconds(second), price, size, closed);
        minutes.CloseDue(T0.AddDays(1), closed);
        var series = new BarSeries(GenericVenue.Instrument("A"), BarInterval.OneMinute, [.. closed.Select(c => c.Bar)]);
        return BarResampler.Resample(series, BarInterval.OneDay, keepIncompleteEdges: true).Bars.ToArray().ShouldHaveSingleItem();
    }
}
