using Ouroboros.Domain.Venues;
using FsCheck;
using FsCheck.Fluent;
using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Instruments;

namespace Ouroboros.Domain.Tests.Bars;

/// <summary>BarSeries: strictly ascending times, slicing by time, and adjusted-price copies.</summary>
public sealed class BarSeriesTests
{
    private static readonly DateTimeOffset Day0 = new(2024, 1, 2, 0, 0, 0, TimeSpan.Zero);
    private static readonly Instrument Spy = UsVenue.Equity("SPY");

    private static Bar Daily(int day, decimal close) => new(Day0.AddDays(day), close, close + 1m, close - 1m, close, 1_000m);

    private static BarSeries Series(decimal[]? adjusted = null, string? source = "spy.csv") =>
        new(Spy, BarInterval.OneDay, [Daily(0, 100m), Daily(1, 102m), Daily(2, 104m), Daily(3, 106m)], adjusted, source);

    [Fact]
    public void A_series_exposes_its_bars_in_order_with_first_and_last_times()
    {
        var series = Series();

        series.Count.ShouldBe(4);
        series.First.ShouldBe(Day0);
        series.Last.ShouldBe(Day0.AddDays(3));
        series[1].Close.ShouldBe(102m);
        series.Instrument.ShouldBe(Spy);
        series.Interval.ShouldBe(BarInterval.OneDay);
        series.Source.ShouldBe("spy.csv");
        series.HasAdjustedCloses.ShouldBeFalse();
    }

    [Fact]
    public void An_empty_series_has_no_first_or_last_time()
    {
        var empty = new BarSeries(Spy, BarInterval.OneDay, []);

        empty.Count.ShouldBe(0);
        empty.First.ShouldBeNull();
        empty.Last.ShouldBeNull();
    }

    [Fact]
    public void Bars_out_of_time_order_are_rejected()
    {
        var error = Should.Throw<ArgumentException>(() => new BarSeries(Spy, BarInterval.OneDay, [Daily(1, 100m), Daily(0, 101m)]));
        error.Message.ShouldContain("strictly ascending");
        error.Message.ShouldContain("bar 1");
    }

    [Fact]
    public void Bars_with_duplicate_times_are_rejected() =>
        Should.Throw<ArgumentException>(() => new BarSeries(Spy, BarInterval.OneDay, [Daily(0, 100m), Daily(1, 101m), Daily(1, 102m)]))
            .Message.ShouldContain("bar 2");

    [Fact]
    public void Adjusted_closes_must_align_one_to_one_with_the_bars() =>
        Should.Throw<ArgumentException>(() => Series([50m, 51m])).ParamName.ShouldBe("adjustedCloses");

    [Fact]
    public void Slice_keeps_bars_between_the_bounds_inclusive()
    {
        var slice = Series().Slice(Day0.AddDays(1), Day0.AddDays(2));

        slice.Count.ShouldBe(2);
        slice.First.ShouldBe(Day0.AddDays(1));
        slice.Last.ShouldBe(Day0.AddDays(2));
        slice.Source.ShouldBe("spy.csv");
    }

    [Fact]
    public void Slice_with_open_bounds_keeps_everything_on_the_open_side()
    {
        var series = Series();

        series.Slice(null, null).Count.ShouldBe(4);
        series.Slice(Day0.AddDays(2), null).Count.ShouldBe(2);
        series.Slice(null, Day0.AddDays(0.5)).Count.ShouldBe(1);
    }

    [Fact]
    public void Slice_outside_the_series_or_with_crossed_bounds_is_empty()
    {
        var series = Series();

        series.Slice(Day0.AddDays(10), null).Count.ShouldBe(0);
        series.Slice(null, Day0.AddDays(-1)).Count.ShouldBe(0);
        series.Slice(Day0.AddDays(3), Day0.AddDays(1)).Count.ShouldBe(0);
    }

    [Fact]
    public void Slice_keeps_the_adjusted_closes_aligned()
    {
        var slice = Series([50m, 51m, 52m, 53m]).Slice(Day0.AddDays(2), null);

        slice.HasAdjustedCloses.ShouldBeTrue();
        slice.AdjustedCloses.ToArray().ShouldBe([52m, 53m]);
    }

    [Fact]
    public void With_adjusted_prices_scales_ohlc_by_adjusted_over_close_and_keeps_volume()
    {
        var adjusted = Series([50m, 51m, 52m, 53m]).WithAdjustedPrices();

        adjusted.HasAdjustedCloses.ShouldBeFalse();
        adjusted.Count.ShouldBe(4);
        var bar = adjusted[1];
        bar.Time.ShouldBe(Day0.AddDays(1));
        bar.Open.ShouldBe(51m);
        bar.High.ShouldBe(103m * 0.5m);
        bar.Low.ShouldBe(101m * 0.5m);
        bar.Close.ShouldBe(51m);
        bar.Volume.ShouldBe(1_000m);
    }

    [Fact]
    public void With_adjusted_prices_without_an_adjusted_column_names_the_source() =>
        Should.Throw<InvalidOperationException>(() => Series().WithAdjustedPrices()).Message.ShouldStartWith("spy.csv has no adjusted close column");

    [Fact]
    public void With_adjusted_prices_without_a_source_names_the_symbol() =>
        Should.Throw<InvalidOperationException>(() => Series(source: null).WithAdjustedPrices()).Message.ShouldStartWith("SPY has no adjusted close column");

    [Fact]
    public void IndexAtOrAfter_finds_the_first_bar_a_linear_scan_finds()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(
            Gen.Choose(0, 40).ToArbitrary(), Gen.Choose(-3, 130).ToArbitrary(), (count, probe) =>
            {
                // Every third day is missing, so probes fall on bars and between them.
                var bars = Enumerable.Range(0, count).Select(i => Daily(i * 3 / 2, 100m + i)).ToArray();
                var series = new BarSeries(Spy, BarInterval.OneDay, bars);
                var time = Day0.AddDays(probe / 2.0);
                var expected = Array.FindIndex(bars, b => b.Time >= time);
                series.IndexAtOrAfter(time).ShouldBe(expected < 0 ? bars.Length : expected);
            }));
    }
}
