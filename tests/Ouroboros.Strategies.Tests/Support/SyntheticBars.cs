using Ouroboros.Domain.Venues;
using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Instruments;

namespace Ouroboros.Strategies.Tests.Support;

/// <summary>Daily bars at 00:00 UTC on consecutive calendar days, built from closes.</summary>
internal static class SyntheticBars
{
    public static readonly DateTimeOffset Start = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static DateTimeOffset Day(int index) => Start.AddDays(index);

    /// <summary>Open halfway between the previous close and this close (so opens differ from closes), range ±1.</summary>
    public static Bar[] FromCloses(IReadOnlyList<decimal> closes, DateTimeOffset? start = null)
    {
        var first = start ?? Start;
        var bars = new Bar[closes.Count];
        for (var i = 0; i < closes.Count; i++)
        {
            var close = closes[i];
            var open = i == 0 ? close : (closes[i - 1] + close) / 2;
            bars[i] = new Bar(first.AddDays(i), open, Math.Max(open, close) + 1, Math.Max(Math.Min(open, close) - 1, 0.01m), close, 1_000);
        }
        return bars;
    }

    /// <summary>Open equal to the previous close (no gaps), range ±<paramref name="range"/>.</summary>
    public static Bar[] Gapless(IReadOnlyList<decimal> closes, decimal range = 1m, DateTimeOffset? start = null)
    {
        var first = start ?? Start;
        var bars = new Bar[closes.Count];
        for (var i = 0; i < closes.Count; i++)
        {
            var close = closes[i];
            var open = i == 0 ? close : closes[i - 1];
            bars[i] = new Bar(first.AddDays(i), open, Math.Max(open, close) + range, Math.Max(Math.Min(open, close) - range, 0.01m), close, 1_000);
        }
        return bars;
    }

    public static BarSeries Series(string symbol, Bar[] bars) =>
        new(GenericVenue.Instrument(symbol), BarInterval.OneDay, bars, source: symbol);

    public static BarSeries Series(string symbol, IReadOnlyList<decimal> closes) => Series(symbol, FromCloses(closes));

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
}
