using System.Runtime.CompilerServices;
using Ouroboros.Domain.Bars;

namespace Ouroboros.MarketData;

/// <summary>
/// Aggregates bars into a longer interval that is a whole multiple of the source (15m → 1h → 4h → 1d → 1w).
/// Buckets are aligned to UTC boundaries counted from 0001-01-01 (a Monday): hours and days at UTC midnight, weeks on Mondays.
/// open = first open, high = max, low = min, close = last close, volume = sum, adjusted close = last adjusted close.
/// A bucket is built only from the bars present: missing source bars are not invented and a bucket with no bars is absent.
/// <para>Incomplete edges: for a 24/7 series (<see cref="TradingHours"/>) the first bucket is dropped when the data starts
/// after the bucket's start, and the last bucket when the data ends before the bucket's end (the trailing bar of a
/// live feed, or a file cut mid-day). Session data cannot be judged without a calendar, so its edges are kept.
/// Pass <c>keepIncompleteEdges: true</c> to keep them always.</para>
/// </summary>
public static class BarResampler
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static BarSeries Resample(BarSeries source, BarInterval target, bool keepIncompleteEdges = false)
    {
        ArgumentNullException.ThrowIfNull(source);
        var step = source.Interval.Length.Ticks;
        var size = target.Length.Ticks;
        if (size < step || size % step != 0)
            throw new ArgumentException($"Cannot resample {source.Interval} bars to {target}: the target must be a whole multiple of the source interval.", nameof(target));

        var bars = source.Bars;
        var adj = source.HasAdjustedCloses ? source.AdjustedCloses : default;
        var outBars = new List<Bar>(bars.Length / (int)Math.Min(int.MaxValue, size / step) + 2);
        var outAdj = source.HasAdjustedCloses ? new List<decimal>(outBars.Capacity) : null;
        var i = 0;
        while (i < bars.Length)
        {
            var bucket = bars[i].Time.UtcTicks - bars[i].Time.UtcTicks % size;
            var first = bars[i];
            decimal high = first.High, low = first.Low, volume = 0m;
            var last = i;
            for (; i < bars.Length && bars[i].Time.UtcTicks - bucket < size; i++)
            {
                if (bars[i].High > high) high = bars[i].High;
                if (bars[i].Low < low) low = bars[i].Low;
                volume += bars[i].Volume;
                last = i;
            }
            outBars.Add(new Bar(new DateTimeOffset(bucket, TimeSpan.Zero), first.Open, high, low, bars[last].Close, volume));
            outAdj?.Add(adj[last]);
        }

        if (!keepIncompleteEdges && bars.Length > 0 && TradingHours.IsAroundTheClock(source))
            DropIncompleteEdges(outBars, outAdj, bars[0].Time.UtcTicks, bars[^1].Time.UtcTicks + step, size);
        return new BarSeries(source.Instrument, target, outBars.ToArray(), outAdj?.ToArray(), source.Source);
    }

    private static void DropIncompleteEdges(List<Bar> bars, List<decimal>? adj, long dataStart, long dataEnd, long size)
    {
        if (bars.Count > 0 && bars[^1].Time.UtcTicks + size > dataEnd)
        {
            bars.RemoveAt(bars.Count - 1);
            adj?.RemoveAt(adj.Count - 1);
        }
        if (bars.Count > 0 && bars[0].Time.UtcTicks < dataStart)
        {
            bars.RemoveAt(0);
            adj?.RemoveAt(0);
        }
    }
}
