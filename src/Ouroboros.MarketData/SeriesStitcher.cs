using Ouroboros.Domain.Bars;

namespace Ouroboros.MarketData;

/// <summary>
/// Builds one long, continuous daily series from real daily series for benchmarks: the sources are laid end to end,
/// cycling through them in order until <c>targetBars</c> bars exist. The first copy is used as it is; each following
/// copy is scaled by (previous last close / its first open), rounded to 4 decimals, its first open set to exactly the
/// previous last close, and high/low widened where rounding would break high ≥ open, close ≥ low. Volume is unchanged.
/// Timestamps of the first copy are kept; afterwards each bar is one calendar day after the previous one.
/// Deterministic: the same inputs always give the same series.
/// <para>The level drifts multiplicatively with the sources' growth; if a scaled price would leave
/// [0.0001, 10^15] an <see cref="InvalidOperationException"/> says so. With <c>mirrorCopies</c> every source is followed
/// by its own time-reversed copy (bars in reverse order, open and close swapped), so each pair ends where it started
/// and any length fits: use it for throughput benchmarks, where the shape of the path does not matter.</para>
/// </summary>
public static class SeriesStitcher
{
    private const decimal MinPrice = 0.0001m;
    private const decimal MaxPrice = 1_000_000_000_000_000m;

    public static BarSeries Stitch(IReadOnlyList<BarSeries> sources, int targetBars, bool mirrorCopies = false)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(targetBars);
        if (sources.Count == 0 || sources.Any(s => s.Count == 0))
            throw new ArgumentException("Stitching needs at least one source and every source must have bars.", nameof(sources));

        var result = new Bar[targetBars];
        var n = 0;
        for (var copy = 0; n < targetBars; copy++)
        {
            var reversed = mirrorCopies && copy % 2 == 1;
            var source = sources[(mirrorCopies ? copy / 2 : copy) % sources.Count].Bars;
            if (n == 0)
            {
                n = CopyFirst(source, result);
                continue;
            }
            var previous = result[n - 1];
            var factor = previous.Close / (reversed ? source[^1].Close : source[0].Open);
            for (var i = 0; i < source.Length && n < targetBars; i++, n++)
            {
                var bar = reversed ? Reverse(source[^(i + 1)]) : source[i];
                result[n] = Scale(bar, factor, result[n - 1].Time.AddDays(1), i == 0 ? previous.Close : null, n);
            }
        }
        var names = string.Join("+", sources.Select(s => s.Instrument.Symbol));
        return new BarSeries(sources[0].Instrument, BarInterval.OneDay, result, null, $"stitched({names})×{targetBars}");
    }

    private static int CopyFirst(ReadOnlySpan<Bar> source, Bar[] result)
    {
        var count = Math.Min(source.Length, result.Length);
        source[..count].CopyTo(result);
        return count;
    }

    private static Bar Reverse(in Bar bar) => bar with { Open = bar.Close, Close = bar.Open };

    private static Bar Scale(in Bar bar, decimal factor, DateTimeOffset time, decimal? exactOpen, int index)
    {
        var open = exactOpen ?? Round(bar.Open * factor, index);
        var close = Round(bar.Close * factor, index);
        var high = Math.Max(Round(bar.High * factor, index), Math.Max(open, close));
        var low = Math.Min(Round(bar.Low * factor, index), Math.Min(open, close));
        return new Bar(time, open, high, low, close, bar.Volume);
    }

    private static decimal Round(decimal value, int index)
    {
        var rounded = decimal.Round(value, 4, MidpointRounding.AwayFromZero);
        if (rounded < MinPrice || rounded > MaxPrice)
            throw new InvalidOperationException(
                $"Stitched bar {index} would have price {value}, outside [{MinPrice}, {MaxPrice}]: the sources' growth compounds with every copy. " +
                "Use fewer target bars, mix in sources that fall (e.g. inverse ETFs), or pass mirrorCopies: true.");
        return rounded;
    }
}
