using Ouroboros.Domain.Venues;
using Ouroboros.MarketData;
using Ouroboros.Domain.Instruments;
using Ouroboros.TestKit;

namespace Ouroboros.MarketData.Tests;

public sealed class MarketDataLoaderTests
{
    private const string Csv = "date,open,high,low,close,volume\n2024-01-02,10,11,9,10.5,100\n2024-01-03,10.5,12,10,11,200\n";

    private static DateTimeOffset Utc(int y, int m, int d) => new(y, m, d, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Loader_reads_the_csv_first_then_serves_the_same_bars_from_the_cache()
    {
        using var dir = new TempDirectory();
        var file = dir.Copy(MarketDataFiles.RepoData("crypto/binance-BTCUSDT-15m-2021.csv"));
        var loader = new MarketDataLoader(new BinaryBarCache(Path.Combine(dir.Path, "cache")));

        var cold = loader.Load(file);
        var warm = loader.Load(file);

        cold.FromCache.ShouldBeFalse();
        warm.FromCache.ShouldBeTrue();
        warm.Series.Bars.ToArray().ShouldBe(cold.Series.Bars.ToArray());
        (warm.Series.Instrument.Id, warm.Series.Interval, warm.Series.Source).ShouldBe((cold.Series.Instrument.Id, cold.Series.Interval, cold.Series.Source));
        warm.Gaps.Gaps.ShouldBe(cold.Gaps.Gaps);
        File.Exists(loader.Cache.PathFor(file)).ShouldBeTrue();
    }

    [Fact]
    public void Loader_ignores_a_stale_cache_after_the_source_changes_and_rewrites_it()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("x.csv", Csv);
        var loader = new MarketDataLoader(new BinaryBarCache(Path.Combine(dir.Path, "cache")));
        loader.Load(file).FromCache.ShouldBeFalse();
        loader.Load(file).FromCache.ShouldBeTrue();

        File.WriteAllText(file, Csv.Replace("10.5,100", "10.7,100", StringComparison.Ordinal)); // same length
        File.SetLastWriteTimeUtc(file, File.GetLastWriteTimeUtc(file).AddMinutes(1));
        var reloaded = loader.Load(file);

        reloaded.FromCache.ShouldBeFalse();
        reloaded.Series[0].Close.ShouldBe(10.7m);
        loader.Load(file).FromCache.ShouldBeTrue();
        loader.Load(file).Series[0].Close.ShouldBe(10.7m);
    }

    [Fact]
    public void Loader_ignores_a_corrupt_cache_and_rewrites_it()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("x.csv", Csv);
        var loader = new MarketDataLoader(new BinaryBarCache(Path.Combine(dir.Path, "cache")));
        loader.Load(file);
        var cacheFile = loader.Cache.PathFor(file);
        var bytes = File.ReadAllBytes(cacheFile);
        bytes[bytes.Length / 2] ^= 0xFF;
        File.WriteAllBytes(cacheFile, bytes);

        var reloaded = loader.Load(file);

        reloaded.FromCache.ShouldBeFalse();
        reloaded.Series[1].Close.ShouldBe(11m);
        loader.Load(file).FromCache.ShouldBeTrue();
    }

    [Fact]
    public void Loader_still_loads_when_the_cache_cannot_be_written_and_says_why()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("x.csv", Csv);
        var notADirectory = dir.Write("cache", "a file where the cache directory should be");
        var loader = new MarketDataLoader(new BinaryBarCache(notADirectory));

        var loaded = loader.Load(file);

        loaded.Series.Count.ShouldBe(2);
        loaded.FromCache.ShouldBeFalse();
        loaded.CacheWarning.ShouldNotBeNull().ShouldContain("could not write the bar cache");
    }

    [Fact]
    public void Loader_without_cache_neither_reads_nor_writes_it()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("x.csv", Csv);
        var loader = new MarketDataLoader(new BinaryBarCache(Path.Combine(dir.Path, "cache")));

        loader.Load(file, new LoadOptions { UseCache = false }).FromCache.ShouldBeFalse();
        loader.Load(file, new LoadOptions { UseCache = false }).FromCache.ShouldBeFalse();
        Directory.Exists(loader.Cache.CacheDirectory).ShouldBeFalse();
    }

    [Fact]
    public void Adjusted_prices_are_used_only_when_asked()
    {
        using var dir = new TempDirectory();
        var loader = new MarketDataLoader(new BinaryBarCache(dir.Path));
        var file = MarketDataFiles.RepoData("us/yahoo-SPY-daily.csv");

        var raw = loader.Load(file).Series;
        var adjusted = loader.Load(file, new LoadOptions { Adjusted = true });

        raw[0].Close.ShouldBe(92.730003m);
        raw.HasAdjustedCloses.ShouldBeTrue();
        adjusted.FromCache.ShouldBeTrue();
        adjusted.Series[0].Close.ShouldBe(62.48513m);
        adjusted.Series[0].Open.ShouldBe(92.900002m * (62.48513m / 92.730003m));
        adjusted.Series[0].Volume.ShouldBe(raw[0].Volume);
    }

    [Fact]
    public void Asking_for_adjusted_prices_of_a_file_without_adjusted_close_is_a_clear_error()
    {
        using var dir = new TempDirectory();
        var loader = new MarketDataLoader(new BinaryBarCache(dir.Path));

        var ex = Should.Throw<MarketDataException>(() => loader.Load(MarketDataFiles.RepoData("kr/krx-069500-daily.csv"), new LoadOptions { Adjusted = true }));

        ex.Message.ShouldContain("krx-069500-daily.csv");
        ex.Message.ShouldContain("no adjusted close column");
    }

    [Fact]
    public void Loader_applies_the_date_range_venue_and_symbol()
    {
        using var dir = new TempDirectory();
        var loader = new MarketDataLoader(new BinaryBarCache(dir.Path));
        var options = new LoadOptions { Venue = Venue.Krx, From = Utc(2020, 1, 1), To = Utc(2020, 12, 31) };

        var loaded = loader.Load(MarketDataFiles.RepoData("kr/krx-069500-daily.csv"), options);
        var renamed = loader.Load(MarketDataFiles.RepoData("kr/krx-069500-daily.csv"), new LoadOptions { Symbol = "KODEX200" });

        loaded.Series.Instrument.Id.Value.ShouldBe("KRX:069500");
        loaded.Series.Instrument.AssetClass.ShouldBe(AssetClass.Etf);
        loaded.Series.First.ShouldBe(Utc(2020, 1, 2));
        loaded.Series.Last.ShouldBe(Utc(2020, 12, 30));
        renamed.Series.Instrument.Id.Value.ShouldBe("CSV:KODEX200");
        renamed.FromCache.ShouldBeTrue();
    }

    [Fact]
    public void Loader_reports_a_missing_file_as_market_data_problem()
    {
        using var temp = new TempDirectory();
        var loader = new MarketDataLoader(new BinaryBarCache(temp.Path));

        Should.Throw<MarketDataException>(() => loader.Load("/nonexistent/x.csv")).Message.ShouldBe("/nonexistent/x.csv: file not found");
    }
}
