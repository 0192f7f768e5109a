using Ouroboros.Core.Inbox;
using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Primitives;
using Ouroboros.Live.Feeds;
using Ouroboros.TestKit;
using Ouroboros.TestKit.Feeds;

namespace Ouroboros.Live.Tests.Feeds;

/// <summary>A fake feed driving a 5-minute pipeline (2 s grace) into a channel inbox, on a fake clock that starts at 09:00 UTC.</summary>
internal sealed class FeedRig : IDisposable
{
    public static readonly InstrumentId A = new("A");
    public static readonly InstrumentId B = new("B");
    public static readonly DateTimeOffset T0 = FakeClock.DefaultStart;

    public FeedRig(BarInterval? interval = null, FeedStalenessMonitor? monitor = null, ChannelInbox? inbox = null, FakeClock? clock = null)
    {
        Clock = clock ?? new FakeClock();
        Inbox = inbox ?? new ChannelInbox();
        Feed = new FakeMarketDataFeed(Clock);
        Pipeline = new LiveBarPipeline([A, B], new LiveBarPipelineOptions(interval ?? new BarInterval(TimeSpan.FromMinutes(5))), Inbox, Clock, monitor);
        Pipeline.Start();
    }

    public FakeClock Clock { get; }
    public ChannelInbox Inbox { get; }
    public FakeMarketDataFeed Feed { get; }
    public LiveBarPipeline Pipeline { get; }

    /// <summary>Moves the clock to <paramref name="at"/> (firing due timers), then the feed prints a trade there and the pipeline reads it.</summary>
    public FeedRig Trade(InstrumentId id, TimeSpan at, decimal price, decimal size)
    {
        Clock.SetUtcNow(T0 + at);
        Feed.Trade(id, price, size);
        Pipeline.Drain(Feed.Events);
        return this;
    }

    /// <summary>Reads what the feed published so far, then moves the clock (firing due timers) and reads again.</summary>
    public FeedRig Until(TimeSpan at)
    {
        Pipeline.Drain(Feed.Events);
        Clock.SetUtcNow(T0 + at);
        Pipeline.Drain(Feed.Events);
        return this;
    }

    /// <summary>Everything the pipeline has posted so far, as readable lines.</summary>
    public List<string> Posted()
    {
        var lines = new List<string>();
        while (Inbox.TryRead(out var e))
        {
            lines.Add(e.Kind == KernelEventKind.Bar
                ? $"bar {e.Instrument} {e.Bar.Time:HH:mm} {e.Bar.Open} {e.Bar.High} {e.Bar.Low} {e.Bar.Close} {e.Bar.Volume}"
                : e.Message switch
                {
                    KernelTimer t => $"close {t.Time:HH:mm}",
                    PriceStatusCommand s => $"stale {s.Instrument} {s.Stale}",
                    _ => e.Message!.GetType().Name,
                });
        }
        return lines;
    }

    public void Dispose() => Pipeline.Dispose();
}
