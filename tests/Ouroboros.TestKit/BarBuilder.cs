using Ouroboros.Domain.Venues;
using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Instruments;

namespace Ouroboros.TestKit;

/// <summary>
/// The one builder of small, consistent bar series for tests: daily bars at 00:00 UTC on consecutive calendar days
/// from <see cref="Start"/>, unless a start or interval is given. Each shape says how its opens and ranges are made,
/// because strategies and indicators react to exactly those.
/// </summary>
public static class BarBuilder
{
    public static readonly DateTimeOffset Start = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The open time of the daily bar at <paramref name="index"/>.</summary>
    public static DateTimeOffset Day(int index) => Start.AddDays(index);

    /// <summary>Bars from closes; open = previous close (first: the close), high/low bracket open and close exactly.</summary>
    public static BarSeries FromCloses(IReadOnlyList<decimal> closes, Instrument? instrument = null, DateTimeOffset? start = null, BarInterval? interval = null)
    {
        ArgumentNullException.ThrowIfNull(closes);
        var iv = interval ?? BarInterval.OneDay;
        var t0 = start ?? Start;
        var bars = new Bar[closes.Count];
        for (var i = 0; i < closes.Count; i++)
        {
            var open = i == 0 ? closes[0] : closes[i - 1];
            var close = closes[i];
            bars[i] = new Bar(t0 + iv.Length * i, open, Math.Max(open, close), Math.Min(open, close), close, 1000m);
        }
        return new BarSeries(instrument ?? GenericVenue.Instrument("TEST"), iv, bars, null, "test");
    }

    /// <summary>Explicit OHLC bars, one per day.</summary>
    public static BarSeries FromOhlc(IReadOnlyList<(decimal Open, decimal High, decimal Low, decimal Close)> ohlc, Instrument? instrument = null)
    {
        ArgumentNullException.ThrowIfNull(ohlc);
        var bars = ohlc.Select((b, i) => new Bar(Start.AddDays(i), b.Open, b.High, b.Low, b.Close, 1000m)).ToArray();
        return new BarSeries(instrument ?? GenericVenue.Instrument("TEST"), BarInterval.OneDay, bars, null, "test");
    }

    /// <summary>One explicit daily bar at day <paramref name="day"/> from <paramref name="start"/> (default <see cref="Start"/>).</summary>
    public static Bar At(int day, decimal open, decimal high, decimal low, decimal close, decimal volume = 1000, DateTimeOffset? start = null) =>
        new((start ?? Start).AddDays(day), open, high, low, close, volume);

    /// <summary><paramref name="count"/> daily bars whose open, high, low and close are all <paramref name="price"/>.</summary>
    public static Bar[] Flat(int count, decimal price, decimal volume = 1000, DateTimeOffset? start = null) =>
        [.. Enumerable.Range(0, count).Select(i => At(i, price, price, price, price, volume, start))];

    /// <summary>Open halfway between the previous close and this close (so opens differ from closes), range ±1, low floored at 0.01.</summary>
    public static Bar[] Midpoint(IReadOnlyList<decimal> closes, DateTimeOffset? start = null)
    {
        ArgumentNullException.ThrowIfNull(closes);
        var bars = new Bar[closes.Count];
        for (var i = 0; i < closes.Count; i++)
        {
            var close = closes[i];
            var open = i == 0 ? close : (closes[i - 1] + close) / 2;
            bars[i] = Ranged(i, open, close, 1m, start);
        }
        return bars;
    }

    /// <summary>Open equal to the previous close (no gaps), range ±<paramref name="range"/>, low floored at 0.01.</summary>
    public static Bar[] Gapless(IReadOnlyList<decimal> closes, decimal range = 1m, DateTimeOffset? start = null)
    {
        ArgumentNullException.ThrowIfNull(closes);
        var bars = new Bar[closes.Count];
        for (var i = 0; i < closes.Count; i++)
            bars[i] = Ranged(i, i == 0 ? closes[i] : closes[i - 1], closes[i], range, start);
        return bars;
    }

    /// <summary>A daily series of a generic instrument named <paramref name="symbol"/> (also its source).</summary>
    public static BarSeries Series(string symbol, Bar[] bars) => new(GenericVenue.Instrument(symbol), BarInterval.OneDay, bars, source: symbol);

    /// <summary>A daily series named <paramref name="symbol"/> from closes, shaped like <see cref="Midpoint"/>.</summary>
    public static BarSeries Series(string symbol, IReadOnlyList<decimal> closes) => Series(symbol, Midpoint(closes));

    /// <summary>A seeded random walk of <paramref name="count"/> closes starting at <paramref name="start"/>, floored at 1.</summary>
    public static decimal[] RandomWalk(int seed, int count, decimal start = 100m, int maxStep = 3)
    {
        var random = new Random(seed);
        var closes = new decimal[count];
        var price = start;
        for (var i = 0; i < count; i++)
        {
            price = Math.Max(1m, price + random.Next(-maxStep, maxStep + 1));
            closes[i] = price;
        }
        return closes;
    }

    private static Bar Ranged(int day, decimal open, decimal close, decimal range, DateTimeOffset? start) =>
        new((start ?? Start).AddDays(day), open, Math.Max(open, close) + range, Math.Max(Math.Min(open, close) - range, 0.01m), close, 1_000);
}
