using Ouroboros.Domain.Venues;
using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Instruments;

namespace Ouroboros.Benchmarks.WholeRun;

/// <summary>
/// A seeded universe of daily bars: per instrument a geometric random walk of closes (drift and volatility drawn
/// per instrument), opens gapping from the previous close, highs and lows outside both, prices rounded to cents.
/// Weekdays only, from 2000-01-03. The same seed always gives the same bars.
/// </summary>
public static class SyntheticUniverse
{
    public static IReadOnlyList<BarSeries> Create(int instruments, int bars, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(instruments);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(bars);
        var times = Weekdays(new DateTimeOffset(2000, 1, 3, 0, 0, 0, TimeSpan.Zero), bars);
        var random = new Random(seed);
        var result = new BarSeries[instruments];
        for (var k = 0; k < instruments; k++)
        {
            var drift = (random.NextDouble() - 0.4) * 0.0012;
            var volatility = 0.008 + (random.NextDouble() * 0.025);
            var close = 20 + (random.NextDouble() * 180);
            var series = new Bar[bars];
            for (var i = 0; i < bars; i++)
            {
                var open = close * Math.Exp(Normal(random) * volatility * 0.3);
                close = open * Math.Exp(drift + (Normal(random) * volatility));
                var high = Math.Max(open, close) * (1 + (random.NextDouble() * volatility * 0.5));
                var low = Math.Min(open, close) * (1 - (random.NextDouble() * volatility * 0.5));
                series[i] = Round(times[i], open, high, low, close, 100_000 + random.Next(1_000_000));
            }
            var symbol = FormattableString.Invariant($"S{k:D3}");
            result[k] = new BarSeries(GenericVenue.Instrument(symbol), BarInterval.OneDay, series, null, $"synthetic:{symbol}");
        }
        return result;
    }

    private static Bar Round(DateTimeOffset time, double open, double high, double low, double close, long volume)
    {
        var o = Cents(open);
        var c = Cents(close);
        var h = Math.Max(Cents(high), Math.Max(o, c));
        var l = Math.Min(Cents(low), Math.Min(o, c));
        return new Bar(time, o, h, l, c, volume);
    }

    // Never below one cent, so a long walk down cannot produce a zero price.
    private static decimal Cents(double value) => Math.Max(0.01m, decimal.Round((decimal)value, 2, MidpointRounding.AwayFromZero));

    /// <summary>A standard normal draw (Box–Muller) from a seeded generator.</summary>
    internal static double Normal(Random random)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }

    /// <summary><paramref name="count"/> consecutive weekdays from <paramref name="start"/>.</summary>
    internal static DateTimeOffset[] Weekdays(DateTimeOffset start, int count)
    {
        var times = new DateTimeOffset[count];
        var t = start;
        for (var i = 0; i < count; i++)
        {
            while (t.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) t = t.AddDays(1);
            times[i] = t;
            t = t.AddDays(1);
        }
        return times;
    }
}
