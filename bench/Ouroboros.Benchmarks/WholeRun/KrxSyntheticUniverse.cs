using Ouroboros.Domain.Venues;
using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Instruments;
using Ouroboros.Risk.Data;

namespace Ouroboros.Benchmarks.WholeRun;

/// <summary>
/// A seeded universe of KRX stocks (KRW, the KRX tick table, whole shares) with daily bars on weekdays from
/// 2000-01-03, for W5. Log prices revert slowly (half-life about a year) to a level that grows 5–10% a year, with
/// 0.6–1.4% daily volatility, both drawn per instrument. The series trend, as moving-average strategies need, and
/// with the house rules' 2% stop loss a long-only strategy does not bleed its equity into stops and fees over
/// decades (which would trip the NAV floor and deny every entry after it); unlike a random walk with drift they
/// cannot wander off to one won or to prices far above the trend. Every price is on the KRX tick grid. The same seed
/// always gives the same bars.
/// </summary>
public static class KrxSyntheticUniverse
{
    /// <summary>Per-day pull of the log price towards its level (half-life ≈ ln 2 / 0.002 ≈ 350 bars).</summary>
    private const double Reversion = 0.002;

    public static IReadOnlyList<BarSeries> Create(int instruments, int bars, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(instruments);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(bars);
        var times = SyntheticUniverse.Weekdays(Start, bars);
        var random = new Random(seed);
        var result = new BarSeries[instruments];
        for (var k = 0; k < instruments; k++)
        {
            var instrument = KrxVenue.Stock(FormattableString.Invariant($"{900_000 + k:D6}"));
            var level = Math.Log(5_000 + (random.NextDouble() * 45_000));
            var growth = 0.0002 + (random.NextDouble() * 0.0002);
            var volatility = 0.006 + (random.NextDouble() * 0.008);
            var logClose = level;
            var series = new Bar[bars];
            for (var i = 0; i < bars; i++)
            {
                level += growth;
                var logOpen = logClose + (SyntheticUniverse.Normal(random) * volatility * 0.3);
                logClose = logOpen + (Reversion * (level - logOpen)) + (SyntheticUniverse.Normal(random) * volatility);
                var open = Math.Exp(logOpen);
                var close = Math.Exp(logClose);
                var high = Math.Max(open, close) * (1 + (random.NextDouble() * volatility * 0.5));
                var low = Math.Min(open, close) * (1 - (random.NextDouble() * volatility * 0.5));
                series[i] = OnGrid(instrument.TickSize, times[i], open, high, low, close, 10_000 + random.Next(1_000_000));
            }
            result[k] = new BarSeries(instrument, BarInterval.OneDay, series, null, $"synthetic-krx:{instrument.Symbol}");
        }
        return result;
    }

    /// <summary>The first bar's time (daily bars are stamped 00:00 UTC of their date, as the CSV loader does).</summary>
    public static DateTimeOffset Start { get; } = new(2000, 1, 3, 0, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// A VIX series that never comes near the halt level: <paramref name="level"/> published every calendar day at
    /// 21:15 UTC (after the New York close) of the day before, from a week before <paramref name="first"/> through
    /// <paramref name="last"/>, so every check finds a value at most a day old.
    /// </summary>
    public static ReferenceSeries CalmVix(DateTimeOffset first, DateTimeOffset last, decimal level)
    {
        if (last < first) throw new ArgumentOutOfRangeException(nameof(last), last, "The last bar must not be before the first.");
        var points = new List<(DateTimeOffset, decimal)>();
        var publishedAt = new TimeSpan(21, 15, 0);
        for (var day = first.UtcDateTime.Date.AddDays(-8); day <= last.UtcDateTime.Date; day = day.AddDays(1))
            points.Add((new DateTimeOffset(day + publishedAt, TimeSpan.Zero), level));
        return new ReferenceSeries("VIX", points);
    }

    private static Bar OnGrid(TickSizeRule tick, DateTimeOffset time, double open, double high, double low, double close, long volume)
    {
        var o = tick.Nearest((decimal)open);
        var c = tick.Nearest((decimal)close);
        var h = Math.Max(tick.Ceiling((decimal)high), Math.Max(o, c));
        var l = Math.Min(tick.Floor((decimal)low), Math.Min(o, c));
        return new Bar(time, o, h, l, c, volume);
    }
}
