using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Core.Feeds;

/// <summary>A bar the venue closed itself (open-time stamped, like every <see cref="Bar"/>); final, never amended.</summary>
public sealed record FeedBar : FeedEvent
{
    public FeedBar(InstrumentId instrument, BarInterval interval, Bar bar)
        : base(bar.Time + interval.Length)
    {
        if (bar.Validate() is { } problem) throw new ArgumentException($"bar of {instrument} at {bar.Time:O}: {problem}", nameof(bar));
        Instrument = instrument;
        Interval = interval;
        Bar = bar;
    }

    public InstrumentId Instrument { get; }
    public BarInterval Interval { get; }
    public Bar Bar { get; }
}
