using Ouroboros.MarketData;
using Ouroboros.Domain.Bars;

namespace Ouroboros.MarketData.Tests;

public sealed class SeriesStitcherTests
{
    private static readonly Lazy<BarSeries[]> Sources = new(() =>
    [
        CsvBarReader.Read(MarketDataFiles.RepoData("kr/krx-069500-daily.csv")),
        CsvBarReader.Read(MarketDataFiles.RepoData("kr/krx-114800-daily.csv")),
        CsvBarReader.Read(MarketDataFiles.RepoData("us/yahoo-SPY-daily.csv")),
    ]);

    [Fact]
    public void Stitcher_scales_each_copy_so_its_first_open_equals_the_previous_last_close()
    {
        var (kodex, inverse, spy) = (Sources.Value[0], Sources.Value[1], Sources.Value[2]);

        var stitched = SeriesStitcher.Stitch(Sources.Value, 20_000);

        stitched.Count.ShouldBe(20_000);
        stitched.Bars[..kodex.Count].ToArray().ShouldBe(kodex.Bars.ToArray()); // the first copy is untouched
        var second = kodex.Count;
        stitched[second].Open.ShouldBe(stitched[second - 1].Close);
        stitched[second].Close.ShouldBe(decimal.Round(inverse[0].Close * (kodex[^1].Close / inverse[0].Open), 4, MidpointRounding.AwayFromZero));
        var third = second + inverse.Count;
        stitched[third].Open.ShouldBe(stitched[third - 1].Close);
        stitched[third].Volume.ShouldBe(spy[0].Volume);
        var fourth = third + spy.Count; // the cycle starts again with the first source
        stitched[fourth].Open.ShouldBe(stitched[fourth - 1].Close);
        stitched[fourth + 1].Volume.ShouldBe(kodex[1].Volume);
    }

    [Fact]
    public void Stitched_timestamps_continue_one_day_apart_after_the_first_copy()
    {
        var stitched = SeriesStitcher.Stitch(Sources.Value, 12_000);
        var first = Sources.Value[0].Count;

        stitched.Interval.ShouldBe(BarInterval.OneDay);
        for (var i = first; i < stitched.Count; i++) (stitched[i].Time - stitched[i - 1].Time).ShouldBe(TimeSpan.FromDays(1));
    }

    [Fact]
    public void Stitched_bars_are_consistent_and_rounded_to_4_decimals()
    {
        var stitched = SeriesStitcher.Stitch(Sources.Value, 30_000);

        for (var i = Sources.Value[0].Count; i < stitched.Count; i++)
        {
            var bar = stitched[i];
            bar.Validate().ShouldBeNull($"bar {i}");
            foreach (var price in new[] { bar.Open, bar.High, bar.Low, bar.Close }) decimal.Round(price, 4).ShouldBe(price);
        }
    }

    [Fact]
    public void Stitching_is_deterministic_and_can_stop_inside_the_first_copy()
    {
        SeriesStitcher.Stitch(Sources.Value, 15_000).Bars.ToArray().ShouldBe(SeriesStitcher.Stitch(Sources.Value, 15_000).Bars.ToArray());
        SeriesStitcher.Stitch(Sources.Value, 10).Bars.ToArray().ShouldBe(Sources.Value[0].Bars[..10].ToArray());
    }

    [Fact]
    public void Mirrored_copies_return_to_the_starting_level_so_any_length_fits()
    {
        var tqqq = CsvBarReader.Read(MarketDataFiles.RepoData("us/yahoo-TQQQ-daily.csv"));

        var stitched = SeriesStitcher.Stitch([tqqq], 200_000, mirrorCopies: true);

        var n = tqqq.Count;
        stitched[n].Open.ShouldBe(tqqq[^1].Close); // the reversed copy opens at the last close
        stitched[n].Close.ShouldBe(Round4(tqqq[^1].Open));
        stitched[(2 * n) - 1].Close.ShouldBe(Round4(tqqq[0].Open)); // and ends where the pair started
        var maxHigh = tqqq.Bars.ToArray().Max(b => b.High);
        foreach (var bar in stitched.Bars)
        {
            bar.Validate().ShouldBeNull();
            bar.High.ShouldBeLessThan(maxHigh * 1.01m);
        }
    }

    private static decimal Round4(decimal value) => decimal.Round(value, 4, MidpointRounding.AwayFromZero);

    [Fact]
    public void Stitching_a_steadily_rising_source_too_often_is_refused_with_a_reason()
    {
        var tqqq = CsvBarReader.Read(MarketDataFiles.RepoData("us/yahoo-TQQQ-daily.csv"));

        Should.Throw<InvalidOperationException>(() => SeriesStitcher.Stitch([tqqq], 200_000)).Message.ShouldContain("inverse ETFs");
        Should.Throw<ArgumentException>(() => SeriesStitcher.Stitch([], 10));
    }
}
