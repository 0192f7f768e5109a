using Ouroboros.Domain.Bars;

namespace Ouroboros.Ai.Prompts;

/// <summary>
/// Builds coarser bars from finer ones that had all closed by the prompt's time. Buckets are aligned to the Unix epoch
/// (4h buckets start at 00, 04, ... UTC); weeks start on Monday (ISO), stamped with that Monday at 00:00 UTC.
/// </summary>
public static class BarAggregator
{
    /// <summary>
    /// Intraday buckets of <paramref name="bucket"/>; only buckets that had ended by <paramref name="asOf"/> are
    /// returned, so a bucket is never shown half-formed.
    /// </summary>
    public static IReadOnlyList<Bar> Buckets(IReadOnlyList<Bar> bars, TimeSpan bucket, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(bars);
        if (bucket <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(bucket), bucket, "A bucket must be positive.");
        var result = new List<Bar>();
        Bar? open = null;
        foreach (var bar in bars)
        {
            var start = new DateTimeOffset(bar.Time.UtcTicks - (bar.Time.UtcTicks % bucket.Ticks), TimeSpan.Zero);
            if (open is { } o && o.Time == start) open = Merge(o, bar);
            else
            {
                if (open is { } done && done.Time + bucket <= asOf) result.Add(done);
                open = bar with { Time = start };
            }
        }
        if (open is { } last && last.Time + bucket <= asOf) result.Add(last);
        return result;
    }

    /// <summary>
    /// Weekly bars from daily ones. The last week is returned too when it has not ended by <paramref name="asOf"/>,
    /// built from the days already given (the caller passes only closed days), and <paramref name="lastIsPartial"/> says so.
    /// </summary>
    public static IReadOnlyList<Bar> Weeks(IReadOnlyList<Bar> dailyBars, DateTimeOffset asOf, out bool lastIsPartial)
    {
        ArgumentNullException.ThrowIfNull(dailyBars);
        var result = new List<Bar>();
        Bar? open = null;
        foreach (var bar in dailyBars)
        {
            var start = WeekStart(bar.Time);
            if (open is { } o && o.Time == start) open = Merge(o, bar);
            else
            {
                if (open is { } done) result.Add(done);
                open = bar with { Time = start };
            }
        }
        lastIsPartial = false;
        if (open is { } last)
        {
            result.Add(last);
            lastIsPartial = last.Time + TimeSpan.FromDays(7) > asOf;
        }
        return result;
    }

    private static DateTimeOffset WeekStart(DateTimeOffset time)
    {
        var date = DateOnly.FromDateTime(time.UtcDateTime);
        var back = ((int)date.DayOfWeek + 6) % 7;
        return new DateTimeOffset(date.AddDays(-back).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
    }

    private static Bar Merge(Bar a, Bar b) =>
        new(a.Time, a.Open, Math.Max(a.High, b.High), Math.Min(a.Low, b.Low), b.Close, a.Volume + b.Volume);
}
