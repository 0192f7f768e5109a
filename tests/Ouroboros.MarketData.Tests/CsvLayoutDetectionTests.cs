using Ouroboros.Domain.Venues;
using Ouroboros.MarketData;
using Ouroboros.Domain.Bars;
using Ouroboros.TestKit;

namespace Ouroboros.MarketData.Tests;

public sealed class CsvLayoutDetectionTests
{
    private static DateTimeOffset Utc(int y, int m, int d, int h = 0, int min = 0) => new(y, m, d, h, min, 0, TimeSpan.Zero);

    [Fact]
    public void Reader_detects_yahoo_layout_and_keeps_adjusted_close_apart_from_the_prices()
    {
        var parsed = CsvBarReader.ReadParsed(MarketDataFiles.RepoData("us/yahoo-SPY-daily.csv"));

        parsed.Layout.ShouldBe(CsvLayoutKind.Yahoo);
        parsed.Bars[0].Close.ShouldBe(92.730003m);
        parsed.AdjustedCloses.ShouldNotBeNull()[0].ShouldBe(62.48513m);
        parsed.Interval.ShouldBe(BarInterval.OneDay);
    }

    [Fact]
    public void Reader_detects_backtrader_yahoo_layout_with_spaced_adj_close_in_any_column_order()
    {
        // Date,Open,High,Low,Close,Volume,Adj Close: volume before the adjusted close
        var parsed = CsvBarReader.ReadParsed(MarketDataFiles.Fixture("backtrader-daily-KO-head.csv"));

        parsed.Layout.ShouldBe(CsvLayoutKind.Yahoo);
        parsed.Symbol.ShouldBe("KO");
        parsed.Bars[0].ShouldBe(new Bar(Utc(1997, 1, 2), 52.5m, 52.5m, 51.125m, 51.875m, 7161800m));
        parsed.AdjustedCloses![0].ShouldBe(16.206907m);
    }

    [Fact]
    public void Reader_detects_krx_layout()
    {
        var parsed = CsvBarReader.ReadParsed(MarketDataFiles.RepoData("kr/krx-069500-daily.csv"));

        parsed.Layout.ShouldBe(CsvLayoutKind.Ohlcv);
        parsed.AdjustedCloses.ShouldBeNull();
        parsed.Bars[0].ShouldBe(new Bar(Utc(2002, 10, 14), 5402m, 5541m, 5257m, 5368m, 3720670m));
    }

    [Fact]
    public void Reader_detects_backtrader_open_interest_layout()
    {
        var parsed = CsvBarReader.ReadParsed(MarketDataFiles.Fixture("backtrader-2006-day-001.txt"));

        parsed.Layout.ShouldBe(CsvLayoutKind.Backtrader);
        parsed.Bars.Length.ShouldBe(255);
        parsed.Bars[0].ShouldBe(new Bar(Utc(2006, 1, 2), 3578.73m, 3605.95m, 3578.73m, 3604.33m, 0m));
        parsed.Bars[^1].Time.ShouldBe(Utc(2006, 12, 29));
    }

    [Fact]
    public void Reader_detects_binance_epoch_ms_layout_and_stamps_bars_with_their_utc_open_time()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("binance-ETHUSDT-1h-x.csv",
            "timestamp_ms,datetime_utc,open,high,low,close,volume\n" +
            "1502971200000,2017-08-17 12:00:00,4261.48,4313.62,4261.32,4308.83,47.181009\n" +
            "1502974800000,2017-08-17 13:00:00,4308.83,4328.69,4291.37,4315.32,23.234916\n");

        var parsed = CsvBarReader.ReadParsed(file);

        parsed.Layout.ShouldBe(CsvLayoutKind.Binance);
        parsed.Symbol.ShouldBe("ETHUSDT");
        parsed.Interval.ShouldBe(BarInterval.OneHour);
        parsed.Bars[0].Time.ShouldBe(Utc(2017, 8, 17, 12));
        parsed.Bars[1].Volume.ShouldBe(23.234916m);
    }

    [Fact]
    public void Reader_detects_binance_kline_layout_with_close_time_and_extra_columns()
    {
        var parsed = CsvBarReader.ReadParsed(MarketDataFiles.Fixture("binance-ETHUSDT-1h-2024-head.csv"));

        parsed.Layout.ShouldBe(CsvLayoutKind.Binance);
        parsed.Bars.Length.ShouldBe(48);
        parsed.Interval.ShouldBe(BarInterval.OneHour);
        parsed.Bars[0].ShouldBe(new Bar(Utc(2024, 5, 13, 16), 2961.21m, 2976.91m, 2954.52m, 2976.33m, 19006.39m));
    }

    [Fact]
    public void Reader_reads_a_headerless_binance_kline_dump()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("BTCUSDT-15m-2021-02.csv",
            "1613520000000,49133.45,49476.0,49133.44,49394.06,929.970506,1613520899999,45802466.1,25000,500.1,24600000.2,0\n" +
            "1613520900000,49394.06,49566.66,49353.92,49406.52,693.957139,1613521799999,34336371.3,21000,350.2,17300000.1,0\n");

        var parsed = CsvBarReader.ReadParsed(file);

        parsed.Layout.ShouldBe(CsvLayoutKind.Binance);
        parsed.Symbol.ShouldBe("BTCUSDT");
        parsed.Interval.ShouldBe(BarInterval.FifteenMinutes);
        parsed.Bars[1].Time.ShouldBe(Utc(2021, 2, 17, 0, 15));
    }

    [Fact]
    public void Reader_reads_skender_month_day_year_dates_behind_a_utf8_bom()
    {
        File.ReadAllBytes(MarketDataFiles.Fixture("skender-spx-head.csv"))[..3].ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });

        var parsed = CsvBarReader.ReadParsed(MarketDataFiles.Fixture("skender-spx-head.csv"));

        parsed.Layout.ShouldBe(CsvLayoutKind.Ohlcv);
        parsed.Symbol.ShouldBe("SPX");
        parsed.Bars.Length.ShouldBe(40);
        parsed.Bars[0].ShouldBe(new Bar(Utc(1990, 1, 2), 353.4m, 359.69m, 351.98m, 359.69m, 0m));
        parsed.Interval.ShouldBe(BarInterval.OneDay);
    }

    [Fact]
    public void Reader_reads_a_timestamp_column_and_reports_a_descending_file_as_out_of_order()
    {
        var ex = Should.Throw<MarketDataException>(() => CsvBarReader.ReadParsed(MarketDataFiles.Fixture("skender-longest-head.csv")));

        ex.Problems[0].Message.ShouldContain("descending");
        ex.Problems[1].ToString().ShouldStartWith("line 3: timestamp 2012-11-14 is before 2012-11-15 on line 2");
        ex.TotalProblems.ShouldBe(30);
    }

    [Fact]
    public void Reader_accepts_crlf_line_endings_quotes_blank_lines_and_iso_times_with_offsets()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("x.csv",
            "\"Date\",\"Open\",\"High\",\"Low\",\"Close\",\"Volume\"\r\n" +
            "\"2021-01-04T09:00:00+09:00\",\"10.0\",11,9,10.5,100\r\n" +
            "\r\n" +
            "2021-01-04T01:00:00Z,10.5,12,10,11,200\r\n\r\n");

        var parsed = CsvBarReader.ReadParsed(file, new CsvReadOptions { Symbol = "ABC" });

        parsed.Symbol.ShouldBe("ABC");
        parsed.Bars.Select(b => b.Time).ShouldBe([Utc(2021, 1, 4, 0), Utc(2021, 1, 4, 1)]);
        parsed.Interval.ShouldBe(BarInterval.OneHour);
    }

    [Fact]
    public void Reader_keeps_prices_exactly_as_written_including_their_scale()
    {
        var parsed = CsvBarReader.ReadParsed(MarketDataFiles.RepoData("crypto/binance-BTCUSDT-1h-2017-2022.csv"));

        var last = parsed.Bars[^1];
        last.Low.ShouldBe(19330.0m);
        decimal.GetBits(last.Low)[3].ShouldBe(decimal.GetBits(decimal.Parse("19330.0", System.Globalization.CultureInfo.InvariantCulture))[3]);
        last.Volume.ShouldBe(9515.16126m);
    }

    [Fact]
    public void Reader_infers_weekly_interval_for_dates_a_week_apart()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("weekly.csv", "date,open,high,low,close,volume\n2006-01-02,1,2,1,2,0\n2006-01-09,2,3,2,3,0\n2006-01-16,3,4,3,4,0\n");

        CsvBarReader.ReadParsed(file).Interval.ShouldBe(BarInterval.OneWeek);
    }

    [Fact]
    public void Reader_builds_krx_instruments_as_etfs_or_stocks_by_code()
    {
        var etf = CsvBarReader.Read(MarketDataFiles.RepoData("kr/krx-122630-daily.csv"), new CsvReadOptions { Venue = Domain.Venues.Venue.Krx });

        etf.Instrument.Id.Value.ShouldBe("KRX:122630");
        etf.Instrument.AssetClass.ShouldBe(Domain.Instruments.AssetClass.Etf);
        etf.Instrument.Currency.ShouldBe(Domain.Primitives.Currency.KRW);
    }

    [Theory]
    [InlineData("yahoo-SPY-daily.csv", "SPY")]
    [InlineData("data/kr/krx-069500-daily.csv", "069500")]
    [InlineData("binance-BTCUSDT-1h-2017-2022.csv", "BTCUSDT")]
    [InlineData("binance-futures-BTCUSDT-perp-1h-2019-2022.csv", "BTCUSDT")]
    [InlineData("BTC_USDT-1h.json", "BTCUSDT")]
    [InlineData("backtrader-nvda-1999-2014.txt", "NVDA")]
    [InlineData("krx-069500-daily-with-nav-2025-2026.csv", "069500")]
    [InlineData("msft.csv", "MSFT")]
    public void Symbol_is_inferred_from_the_file_name(string path, string symbol) =>
        SymbolInference.FromFileName(path).ShouldBe(symbol);
}
