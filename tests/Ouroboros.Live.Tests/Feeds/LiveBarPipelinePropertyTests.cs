using FsCheck;
using FsCheck.Fluent;
using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Venues;
using Ouroboros.MarketData;
using Ouroboros.MarketData.Live;
using static Ouroboros.Live.Tests.Feeds.FeedRig;

namespace Ouroboros.Live.Tests.Feeds;

/// <summary>Live roll-up and batch resampling agree: what the kernel sees live is what a backtest of the same minutes sees.</summary>
public sealed class LiveBarPipelinePropertyTests
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(100);

    private static readonly Arbitrary<(int Second, decimal Price, decimal Size)[]> Trades =
        (from second in Gen.Choose(0, 3_599)
         from cents in Gen.Choose(1, 100_000)
         from tenths in Gen.Choose(0, 500)
         select (second, cents / 100m, tenths / 10m)).ArrayOf().ToArbitrary();

    [Fact]
    public void For_any_trade_stream_the_live_five_minute_bars_equal_resampling_its_one_minute_bars_in_batch() =>
        Check.One(Runs, Prop.ForAll(Trades, trades =>
        {
            var sorted = trades.OrderBy(t => t.Second).ToArray();
            using var rig = new FeedRig();
            foreach (var (second, price, size) in sorted) rig.Trade(A, TimeSpan.FromSeconds(second), price, size);
            rig.Until(TimeSpan.FromMinutes(70));
            var live = rig.Posted().Where(l => l.StartsWith("bar", StringComparison.Ordinal)).ToList();

            var minutes = new LiveBarAggregator(1, BarInterval.OneMinute, TimeSpan.Zero);
            var closed = new List<ClosedBar>();
            foreach (var (second, price, size) in sorted) minutes.OnTrade(0, T0.AddSeconds(second), price, size, closed);
            minutes.CloseDue(T0.AddHours(2), closed);
            var series = new BarSeries(GenericVenue.Instrument("A"), BarInterval.OneMinute, [.. closed.Select(c => c.Bar)]);
            var batch = BarResampler.Resample(series, new BarInterval(TimeSpan.FromMinutes(5)), keepIncompleteEdges: true).Bars.ToArray()
                .Select(b => $"bar 0 {b.Time:HH:mm} {b.Open} {b.High} {b.Low} {b.Close} {b.Volume}").ToList();

            live.ShouldBe(batch);
        }));
}
