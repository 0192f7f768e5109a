using FsCheck;
using FsCheck.Fluent;
using Ouroboros.MarketData;
using Ouroboros.Domain.Bars;
using Ouroboros.TestKit;

namespace Ouroboros.MarketData.Tests;

public sealed class BinaryBarCacheTests
{
    private static readonly SourceStamp Stamp = new("/data/x.csv", 1234, 638_000_000_000_000_000);

    [Fact]
    public void Cache_round_trips_random_valid_bars_bit_exactly()
    {
        Prop.ForAll(RandomBars().ToArbitrary(), bars =>
        {
            var adj = bars.Select(b => b.Close / 3m).ToArray();
            var original = new ParsedBars("SYM", BarInterval.OneHour, CsvLayoutKind.Yahoo, bars, bars.Length % 2 == 0 ? adj : null);

            var copy = BarCacheFormat.TryDeserialize(BarCacheFormat.Serialize(original, Stamp), Stamp, out var reason);

            return copy is not null && reason is null && SameBits(original, copy);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Cache_round_trips_the_hourly_btc_file_bit_exactly()
    {
        var original = CsvBarReader.ReadParsed(MarketDataFiles.RepoData("crypto/binance-BTCUSDT-1h-2017-2022.csv"));

        var bytes = BarCacheFormat.Serialize(original, Stamp);
        var copy = BarCacheFormat.TryDeserialize(bytes, Stamp, out _).ShouldNotBeNull();

        SameBits(original, copy).ShouldBeTrue();
        (copy.Symbol, copy.Interval, copy.Layout).ShouldBe((original.Symbol, original.Interval, original.Layout));
        bytes.Length.ShouldBeLessThan(45345 * 60); // compact: 8 bytes of time + 5 × 9 bytes per bar
    }

    [Fact]
    public void Cache_is_stale_when_the_source_length_or_write_time_differs()
    {
        var bytes = BarCacheFormat.Serialize(Small(), Stamp);

        BarCacheFormat.TryDeserialize(bytes, Stamp with { Length = 1235 }, out var r1).ShouldBeNull();
        BarCacheFormat.TryDeserialize(bytes, Stamp with { LastWriteUtcTicks = Stamp.LastWriteUtcTicks + 1 }, out var r2).ShouldBeNull();
        BarCacheFormat.TryDeserialize(bytes, Stamp with { FullPath = "/data/y.csv" }, out var r3).ShouldBeNull();
        r1.ShouldStartWith("stale");
        r2.ShouldStartWith("stale");
        r3.ShouldStartWith("written for another source");
    }

    [Fact]
    public void Cache_never_trusts_corrupt_bytes()
    {
        var bytes = BarCacheFormat.Serialize(Small(), Stamp);
        for (var i = 0; i < bytes.Length; i++)
        {
            var flipped = (byte[])bytes.Clone();
            flipped[i] ^= 0x10;
            BarCacheFormat.TryDeserialize(flipped, Stamp, out _).ShouldBeNull($"byte {i} flipped");
        }
        for (var length = 0; length < bytes.Length; length += 7)
            BarCacheFormat.TryDeserialize(bytes.AsSpan(0, length), Stamp, out _).ShouldBeNull($"truncated to {length}");
        BarCacheFormat.TryDeserialize("date,open,high,low,close,volume\n"u8, Stamp, out var reason).ShouldBeNull();
        reason.ShouldBe("not a bar cache file");
    }

    [Fact]
    public void Cache_file_is_named_after_the_source_and_a_hash_of_its_full_path()
    {
        using var dir = new TempDirectory();
        var cache = new BinaryBarCache(dir.Path);

        var a = cache.PathFor("/data/us/yahoo-SPY-daily.csv");
        var b = cache.PathFor("/other/us/yahoo-SPY-daily.csv");

        Path.GetDirectoryName(a).ShouldBe(dir.Path);
        Path.GetFileName(a).ShouldStartWith("yahoo-SPY-daily.csv-");
        a.ShouldEndWith(BinaryBarCache.Extension);
        a.ShouldNotBe(b);
        cache.PathFor("/data/us/yahoo-SPY-daily.csv").ShouldBe(a);
    }

    [Fact]
    public void Default_cache_directory_is_dot_ouroboros_cache_under_the_current_directory() =>
        new BinaryBarCache().CacheDirectory.ShouldBe(Path.Combine(Directory.GetCurrentDirectory(), ".ouroboros", "cache"));

    private static ParsedBars Small() => new("SYM", BarInterval.OneDay, CsvLayoutKind.Ohlcv,
        [
            new Bar(new DateTimeOffset(2024, 1, 2, 0, 0, 0, TimeSpan.Zero), 10.5m, 11.25m, 9.0m, 10.75m, 1234.5678m),
            new Bar(new DateTimeOffset(2024, 1, 3, 0, 0, 0, TimeSpan.Zero), 10.75m, 12m, 10m, 11m, 99m),
        ], null);

    private static Gen<Bar[]> RandomBars()
    {
        var mantissa = from lo in Gen.Choose(int.MinValue, int.MaxValue)
                       from mid in Gen.Choose(int.MinValue, int.MaxValue)
                       from hi in Gen.Elements(0, 0, 0, 1, 7, int.MaxValue)
                       from scale in Gen.Choose(0, 28)
                       select new decimal(lo, mid, hi, false, (byte)scale);
        var price = mantissa.Where(d => d > 0);
        var bar = from prices in Gen.ArrayOf(price, 4)
                  from swap in Gen.Elements(false, true)
                  from volume in mantissa
                  from minutes in Gen.Choose(1, 100_000)
                  let sorted = prices.Order().ToArray()
                  select (Minutes: minutes, Bar: new Bar(default, swap ? sorted[2] : sorted[1], sorted[3], sorted[0], swap ? sorted[1] : sorted[2], volume));
        return Gen.ArrayOf(bar).Select(items =>
        {
            var time = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
            return items.Select(x => x.Bar with { Time = time = time.AddMinutes(x.Minutes) }).ToArray();
        });
    }

    private static bool SameBits(ParsedBars a, ParsedBars b)
    {
        if (a.Bars.Length != b.Bars.Length || (a.AdjustedCloses is null) != (b.AdjustedCloses is null)) return false;
        for (var i = 0; i < a.Bars.Length; i++)
        {
            var (x, y) = (a.Bars[i], b.Bars[i]);
            if (x.Time.UtcTicks != y.Time.UtcTicks || y.Time.Offset != TimeSpan.Zero) return false;
            if (!Same(x.Open, y.Open) || !Same(x.High, y.High) || !Same(x.Low, y.Low) || !Same(x.Close, y.Close) || !Same(x.Volume, y.Volume)) return false;
            if (a.AdjustedCloses is { } adj && !Same(adj[i], b.AdjustedCloses![i])) return false;
        }
        return true;
    }

    private static bool Same(decimal x, decimal y) => decimal.GetBits(x).SequenceEqual(decimal.GetBits(y));
}
