namespace Ouroboros.Analytics.Reports;

/// <summary>
/// Reduces a long series for charting by keeping, per bucket of consecutive points, the lowest and the highest one
/// (in their time order), plus the first and last point. The global minimum and maximum always survive, and so does
/// the visual envelope of the line.
/// </summary>
public static class Downsampler
{
    /// <summary>Charts keep at most this many points per series.</summary>
    public const int DefaultMaxPoints = 2000;

    /// <summary>
    /// Ascending indices of the points to draw: all of them when <paramref name="count"/> ≤ <paramref name="maxPoints"/>,
    /// otherwise at most <paramref name="maxPoints"/> (≥ 4). O(count), reads each value once.
    /// </summary>
    public static int[] MinMax(int count, Func<int, double> valueAt, int maxPoints = DefaultMaxPoints)
    {
        ArgumentNullException.ThrowIfNull(valueAt);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxPoints, 4);
        if (count <= maxPoints) return Enumerable.Range(0, count).ToArray();

        var inner = count - 2;
        var buckets = Math.Min((maxPoints - 2) / 2, inner);
        var result = new List<int>(maxPoints) { 0 };
        for (var b = 0; b < buckets; b++)
        {
            var from = 1 + (int)((long)inner * b / buckets);
            var to = 1 + (int)((long)inner * (b + 1) / buckets);
            int minIndex = from, maxIndex = from;
            double min = valueAt(from), max = min;
            for (var i = from + 1; i < to; i++)
            {
                var v = valueAt(i);
                if (v < min) (min, minIndex) = (v, i);
                else if (v > max) (max, maxIndex) = (v, i);
            }
            if (minIndex == maxIndex) result.Add(minIndex);
            else if (minIndex < maxIndex) result.AddRange([minIndex, maxIndex]);
            else result.AddRange([maxIndex, minIndex]);
        }
        result.Add(count - 1);
        return result.ToArray();
    }

    /// <summary>The same over an array of values.</summary>
    public static int[] MinMax(double[] values, int maxPoints = DefaultMaxPoints)
    {
        ArgumentNullException.ThrowIfNull(values);
        return MinMax(values.Length, i => values[i], maxPoints);
    }
}
