using Ouroboros.Domain.Venues;
using System.Globalization;
using Ouroboros.MarketData;
using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Instruments;

namespace Ouroboros.MarketData.Tests;

public sealed class BundledDataTests
{
    [Theory]
    [InlineData("us/yahoo-SPY-daily.csv", 5036, "2003-01-07", "92.900002", "2023-01-06", "388.079987")]
    [InlineData("us/yahoo-QQQ-daily.csv", 6675, "1999-03-10", "51.125", "2025-09-19", "599.349976")]
    [InlineData("us/yahoo-QLD-daily.csv", 4789, "2006-06-21", "2.280313", "2025-07-03", "119.489998")]
    [InlineData("us/yahoo-TQQQ-daily.csv", 3872, "2010-02-11", "0.406875", "2025-07-03", "84.809998")]
    [InlineData("us/yahoo-SOXL-daily.csv", 3538, "2010-03-11", "0.6425", "2024-04-01", "47.990002")]
    [InlineData("kr/krx-069500-daily.csv", 5243, "2002-10-14", "5402", "2023-12-22", "35050")]
    [InlineData("kr/krx-122630-daily.csv", 3416, "2010-02-22", "10010", "2023-12-22", "17595")]
    [InlineData("kr/krx-114800-daily.csv", 3524, "2009-09-16", "9930", "2023-12-22", "4395")]
    [InlineData("kr/krx-229200-daily.csv", 2026, "2015-10-01", "10182", "2023-12-22", "13670")]
    [InlineData("kr/krx-233740-daily.csv", 1972, "2015-12-17", "10240", "2023-12-22", "10975")]
    [InlineData("kr/krx-091160-daily.csv", 4324, "2006-06-27", "7928", "2023-12-22", "35670")]
    [InlineData("kr/krx-360750-daily.csv", 834, "2020-08-07", "9669", "2023-12-22", "15440")]
    [InlineData("kr/krx-219480-daily.csv", 2112, "2015-05-29", "9995", "2023-12-22", "21995")]
    [InlineData("kr/krx-252670-daily.csv", 1787, "2016-09-22", "9835", "2023-12-22", "2335")]
    [InlineData("kr/krx-278530-daily.csv", 1501, "2017-11-21", "10050", "2023-12-22", "12005")]
    [InlineData("crypto/binance-BTCUSDT-15m-2021.csv", 9707, "2021-02-17T00:00Z", "49133.45", "2021-05-29T11:00Z", "35146.24")]
    [InlineData("crypto/binance-BTCUSDT-1h-2017-2022.csv", 45345, "2017-08-17T12:00Z", "4261.48", "2022-10-25T03:00Z", "19334.44")]
    public void Every_bundled_data_file_loads_with_its_row_count_and_first_and_last_bar(
        string file, int rows, string firstTime, string firstOpen, string lastTime, string lastClose)
    {
        var series = CsvBarReader.Read(MarketDataFiles.RepoData(file));

        series.Count.ShouldBe(rows);
        series.First.ShouldBe(Time(firstTime));
        series[0].Open.ShouldBe(decimal.Parse(firstOpen, CultureInfo.InvariantCulture));
        series.Last.ShouldBe(Time(lastTime));
        series[series.Count - 1].Close.ShouldBe(decimal.Parse(lastClose, CultureInfo.InvariantCulture));
        foreach (var bar in series.Bars) bar.Validate().ShouldBeNull();
    }

    [Fact]
    public void Bundled_files_get_the_interval_of_their_name()
    {
        CsvBarReader.Read(MarketDataFiles.RepoData("crypto/binance-BTCUSDT-15m-2021.csv")).Interval.ShouldBe(BarInterval.FifteenMinutes);
        CsvBarReader.Read(MarketDataFiles.RepoData("crypto/binance-BTCUSDT-1h-2017-2022.csv")).Interval.ShouldBe(BarInterval.OneHour);
        CsvBarReader.Read(MarketDataFiles.RepoData("us/yahoo-QQQ-daily.csv")).Interval.ShouldBe(BarInterval.OneDay);
    }

    [Fact]
    public void The_bundled_krx_universe_loads_as_krx_etfs()
    {
        foreach (var file in Directory.GetFiles(MarketDataFiles.RepoData("kr"), "krx-*-daily.csv"))
        {
            var series = CsvBarReader.Read(file, new CsvReadOptions { Venue = Venue.Krx });
            series.Instrument.Venue.ShouldBe(Venue.Krx);
            series.Instrument.AssetClass.ShouldBe(AssetClass.Etf, file);
        }
    }

    [Fact]
    public void The_data_readme_describes_every_bundled_file()
    {
        var readme = File.ReadAllText(MarketDataFiles.RepoData("README.md"));
        var files = Directory.GetFiles(MarketDataFiles.RepoData(""), "*.csv", SearchOption.AllDirectories);

        files.Length.ShouldBe(20);
        foreach (var file in files) readme.ShouldContain(Path.GetFileName(file));
    }

    private static DateTimeOffset Time(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
