using Ouroboros.Domain.Bars;

namespace Ouroboros.Live.Feeds;

/// <summary>
/// How <see cref="LiveBarPipeline"/> builds the strategy's bars. <see cref="Interval"/> is the strategy's (a whole
/// number of minutes that divides a day, or one day: a UTC date, as daily bars are stamped, which holds each supported
/// market's whole session); <see cref="LateGrace"/> is how long after a bar's end late prints
/// are still taken, so a slice is posted at its end plus the grace; <see cref="QuotesMakeBars"/> builds bars from
/// quote midpoints for venues that only send (or are polled for) quotes, never in addition to trades.
/// </summary>
public sealed record LiveBarPipelineOptions(BarInterval Interval)
{
    public static readonly TimeSpan DefaultLateGrace = TimeSpan.FromSeconds(2);

    public TimeSpan LateGrace { get; init; } = DefaultLateGrace;

    public bool QuotesMakeBars { get; init; }

    public void Validate()
    {
        var minute = TimeSpan.FromMinutes(1).Ticks;
        if (Interval.Length.Ticks % minute != 0 || TimeSpan.TicksPerDay % Interval.Length.Ticks != 0)
            throw new ArgumentException($"the live bar pipeline needs an interval of whole minutes that divides a day, or one day, not {Interval}", nameof(Interval));
        if (LateGrace < TimeSpan.Zero || LateGrace >= Interval.Length)
            throw new ArgumentOutOfRangeException(nameof(LateGrace), LateGrace, "the grace for late prints must be at least zero and shorter than the interval");
    }
}
