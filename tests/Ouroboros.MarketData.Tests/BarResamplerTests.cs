using Ouroboros.Domain.Venues;
using Ouroboros.MarketData;
using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Instruments;

namespace Ouroboros.MarketData.Tests;

public sealed class BarResamplerTests
{
    private static readonly Lazy<BarSeries> Hourly = new(() => CsvBarReader.Read(MarketDataFiles.RepoData("crypto/binance-BTCUSDT-1h-2017-2022.csv")));
    private static readonly Lazy<BarSeries> Quarter = new(() => CsvBarReader.Read(MarketDataFiles.RepoData("crypto/binance-BTCUSDT-15m-2021.csv")));

    private static DateTimeOffset Utc(int y, int m, int d, int h = 0) => new(y, m, d, h, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Resampling_1h_to_4h_equals_direct_aggregation_of_the_hourly_bars()
    {
        var hourly = Hourly.Value;
        var expected = hourly.Bars.ToArray()
            .GroupBy(b => b.Time.UtcTicks - b.Time.UtcTicks % TimeSpan.FromHours(4).Ticks)
            .Select(g => new Bar(new DateTimeOffset(g.Key, TimeSpan.Zero), g.First().Open, g.Max(b => b.High), g.Min(b => b.Low), g.Last().Close, g.Sum(b => b.Volume)))
            .ToArray();

        var fourHour = BarResampler.Resample(hourly, BarInterval.FourHours);

        fourHour.Interval.ShouldBe(BarInterval.FourHours);
        fourHour.Bars.ToArray().ShouldBe(expected);
        fourHour.Bars.ToArray().Sum(b => b.Volume).ShouldBe(hourly.Bars.ToArray().Sum(b => b.Volume));
    }

    [Fact]
    public void Resampling_1h_to_4h_reproduces_binances_own_4h_bars()
    {
        var exchange = CsvBarReader.Read(MarketDataFiles.Fixture("binance-BTCUSDT-4h-2017-2018-head.csv"));
        var resampled = BarResampler.Resample(Hourly.Value, BarInterval.FourHours).Slice(exchange.First, exchange.Last);

        resampled.Count.ShouldBe(exchange.Count);
        for (var i = 0; i < exchange.Count; i++)
        {
            var (mine, theirs) = (resampled[i], exchange[i]);
            (mine.Time, mine.Open, mine.High, mine.Low, mine.Close).ShouldBe((theirs.Time, theirs.Open, theirs.High, theirs.Low, theirs.Close));
            Math.Abs(mine.Volume - theirs.Volume).ShouldBeLessThan(0.0001m); // the source files rounded volumes differently
        }
    }

    [Fact]
    public void Resampling_15m_through_1h_and_4h_to_1d_equals_resampling_directly()
    {
        var quarter = Quarter.Value;
        var hourly = BarResampler.Resample(quarter, BarInterval.OneHour);
        var fourHour = BarResampler.Resample(hourly, BarInterval.FourHours);

        fourHour.Bars.ToArray().ShouldBe(BarResampler.Resample(quarter, BarInterval.FourHours).Bars.ToArray());
        BarResampler.Resample(fourHour, BarInterval.OneDay).Bars.ToArray()
            .ShouldBe(BarResampler.Resample(quarter, BarInterval.OneDay).Bars.ToArray());
    }

    [Fact]
    public void Resampling_preserves_the_volume_of_the_buckets_it_keeps()
    {
        var quarter = Quarter.Value;

        var daily = BarResampler.Resample(quarter, BarInterval.OneDay);

        daily.First.ShouldBe(Utc(2021, 2, 17));
        daily.Last.ShouldBe(Utc(2021, 5, 28));
        daily.Bars.ToArray().Sum(b => b.Volume).ShouldBe(quarter.Bars.ToArray().Where(b => b.Time < Utc(2021, 5, 29)).Sum(b => b.Volume));
    }

    [Fact]
    public void The_incomplete_trailing_bucket_of_24_7_data_is_dropped_unless_asked_to_keep_it()
    {
        var quarter = Quarter.Value;

        var kept = BarResampler.Resample(quarter, BarInterval.OneDay, keepIncompleteEdges: true);

        kept.Last.ShouldBe(Utc(2021, 5, 29));
        kept[kept.Count - 1].Close.ShouldBe(quarter[quarter.Count - 1].Close);
        BarResampler.Resample(Hourly.Value, BarInterval.OneDay).First.ShouldBe(Utc(2017, 8, 18)); // data starts 12:00 on the 17th
    }

    [Fact]
    public void Resampling_builds_buckets_from_the_bars_present_and_invents_none_for_holes()
    {
        var source = Series(BarInterval.OneHour, Utc(2024, 1, 2, 0), Utc(2024, 1, 2, 1), Utc(2024, 1, 2, 3), Utc(2024, 1, 2, 8));

        var result = BarResampler.Resample(source, BarInterval.FourHours);

        result.Bars.ToArray().ShouldBe(
        [
            new Bar(Utc(2024, 1, 2, 0), 10m, 14m, 9m, 14m, 3m),
            new Bar(Utc(2024, 1, 2, 8), 13m, 19m, 9m, 19m, 1m),
        ]);
    }

    [Fact]
    public void Resampling_daily_equities_to_weekly_keeps_session_edges_and_the_last_adjusted_close()
    {
        var spy = CsvBarReader.Read(MarketDataFiles.RepoData("us/yahoo-SPY-daily.csv"));

        var weekly = BarResampler.Resample(spy, BarInterval.OneWeek);

        weekly.First.ShouldBe(new DateTimeOffset(2003, 1, 6, 0, 0, 0, TimeSpan.Zero)); // Monday of the first (partial) week
        weekly[0].Open.ShouldBe(spy[0].Open);
        weekly.AdjustedCloses[^1].ShouldBe(spy.AdjustedCloses[^1]);
        weekly.Bars.ToArray().Sum(b => b.Volume).ShouldBe(spy.Bars.ToArray().Sum(b => b.Volume));
    }

    [Fact]
    public void Resampling_to_an_interval_that_is_not_a_multiple_is_rejected()
    {
        Should.Throw<ArgumentException>(() => BarResampler.Resample(Quarter.Value, new BarInterval(TimeSpan.FromMinutes(20))))
            .Message.ShouldContain("whole multiple");
        Should.Throw<ArgumentException>(() => BarResampler.Resample(Hourly.Value, BarInterval.FifteenMinutes));
    }

    private static BarSeries Series(BarInterval interval, params DateTimeOffset[] times) =>
        new(GenericVenue.Instrument("X"), interval, times.Select((t, i) => new Bar(t, 10 + i, 10 + i * i, 9, 10 + i * i, 1)).ToArray());
}
