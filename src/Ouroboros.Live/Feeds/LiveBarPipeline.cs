using System.Threading.Channels;
using Ouroboros.Core.Feeds;
using Ouroboros.Core.Inbox;
using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Primitives;
using Ouroboros.MarketData.Live;

namespace Ouroboros.Live.Feeds;

/// <summary>
/// A live feed's events → the kernel's bars. Trades (or quote midpoints, see <see cref="LiveBarPipelineOptions"/>)
/// become 1-minute bars (<see cref="LiveBarAggregator"/>), which roll up to the strategy's interval; closed bars from
/// the feed join in (1-minute ones roll up, bars of the strategy's interval pass through). Every bar of one time is
/// posted at that bar's end plus the late-print grace, on the injected clock, whether or not another trade came:
/// all instruments' bars in index order, then a slice-close timer. No trades, no bar. Duplicates and late data are
/// dropped and counted (<see cref="Counters"/>). Every event of an instrument tells the staleness monitor it is alive.
/// Events and the clock's timer may come from different threads; one lock keeps them in order.
/// </summary>
public sealed class LiveBarPipeline : IDisposable
{
    private static readonly BarInterval Minute = BarInterval.OneMinute;
    private readonly Dictionary<InstrumentId, int> _index = [];
    private readonly LiveBarPipelineOptions _options;
    private readonly IFeedTarget _target;
    private readonly TimeProvider _time;
    private readonly FeedStalenessMonitor? _monitor;
    private readonly LiveBarAggregator _minutes;
    private readonly BarRollup _rollup;
    private readonly SliceStaging _staging;
    private readonly List<ClosedBar> _closedMinutes = [];
    private readonly List<ClosedBar> _completed = [];
    private readonly Lock _gate = new();
    private readonly long _intervalTicks;
    private ITimer? _timer;
    private long _lateTrades;
    private long _unusable;
    private long _duplicateMinutes;

    public LiveBarPipeline(IReadOnlyList<InstrumentId> instruments, LiveBarPipelineOptions options, ChannelInbox inbox, TimeProvider time,
        FeedStalenessMonitor? monitor = null)
        : this(instruments, options, new InboxFeedTarget(inbox ?? throw new ArgumentNullException(nameof(inbox))), time, monitor)
    {
    }

    public LiveBarPipeline(IReadOnlyList<InstrumentId> instruments, LiveBarPipelineOptions options, IFeedTarget target, TimeProvider time,
        FeedStalenessMonitor? monitor = null)
    {
        ArgumentNullException.ThrowIfNull(instruments);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(time);
        options.Validate();
        for (var i = 0; i < instruments.Count; i++)
        {
            if (!_index.TryAdd(instruments[i], i)) throw new ArgumentException($"{instruments[i]} appears twice.", nameof(instruments));
        }
        _options = options;
        _target = target;
        _time = time;
        _monitor = monitor;
        _intervalTicks = options.Interval.Length.Ticks;
        _minutes = new LiveBarAggregator(instruments.Count, Minute, options.LateGrace);
        _rollup = new BarRollup(instruments.Count, options.Interval);
        _staging = new SliceStaging(instruments.Count);
    }

    public LiveBarCounters Counters
    {
        get
        {
            lock (_gate)
                return new LiveBarCounters(_staging.SlicesPosted, _staging.BarsPosted, _lateTrades + _minutes.LateTrades, _staging.DuplicateBars + _duplicateMinutes,
                    _staging.LateBars, _unusable);
        }
    }

    /// <summary>
    /// The bar of the strategy's interval in progress now, per instrument with prints in the current period: the
    /// minutes closed so far rolled up, plus the minute still open, stamped with the period's open time and marked
    /// partial as of now. Nothing for an instrument without prints in the period (never a zero bar). Read-only: what
    /// is posted as closed bars does not change. The runtime calls it at each rescan and posts the result as a
    /// <see cref="PartialBarsCommand"/>.
    /// </summary>
    public IReadOnlyList<PartialBar> PartialBars()
    {
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            var period = _rollup.BucketOf(now.UtcTicks);
            var bars = new List<PartialBar>();
            for (var i = 0; i < _index.Count; i++)
            {
                if (InProgress(i, period) is { } bar) bars.Add(new PartialBar(i, bar, now));
            }
            return bars;
        }
    }

    /// <summary>The instrument's bar of the period starting at <paramref name="period"/> so far, or null.</summary>
    private Bar? InProgress(int instrument, long period)
    {
        // With 1-minute bars nothing is rolled up: the open minute is the whole bar.
        var bar = _rollup.OpenBucket(instrument) is { } bucket && bucket.Time.UtcTicks == period ? bucket : (Bar?)null;
        if (_minutes.OpenBar(instrument) is not { } minute || _rollup.BucketOf(minute.Time.UtcTicks) != period) return bar;
        // The open minute is later than every closed one, so it goes on top, as the rollup will add it.
        return bar is { } closed ? BarRollup.Merge(in closed, in minute) : minute with { Time = new DateTimeOffset(period, TimeSpan.Zero) };
    }

    /// <summary>Arms the timer that posts each slice at its end plus the grace.</summary>
    public void Start()
    {
        lock (_gate)
        {
            if (_timer is not null) throw new InvalidOperationException("The pipeline is already started.");
            _timer = _time.CreateTimer(static s => ((LiveBarPipeline)s!).OnSliceDue(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            Arm();
        }
    }

    /// <summary>Reads the feed until it completes or <paramref name="cancellationToken"/> fires.</summary>
    public async Task RunAsync(ChannelReader<FeedEvent> events, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(events);
        while (await events.WaitToReadAsync(cancellationToken).ConfigureAwait(false)) Drain(events);
    }

    /// <summary>Handles every event ready on <paramref name="events"/> now; returns how many.</summary>
    public int Drain(ChannelReader<FeedEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var n = 0;
        // Read under the lock too: once the reader is empty, every event taken from it has been handled before a slice
        // timer can run (the lock is re-entrant), so an event that was read is never judged late by a timer racing it.
        lock (_gate)
        {
            while (events.TryRead(out var e))
            {
                OnEvent(e);
                n++;
            }
        }
        return n;
    }

    public void OnEvent(FeedEvent feedEvent)
    {
        ArgumentNullException.ThrowIfNull(feedEvent);
        lock (_gate)
        {
            switch (feedEvent)
            {
                case FeedTrade trade:
                    Print(trade.Instrument, trade.Time, trade.Price, trade.Size);
                    break;
                case FeedQuote quote:
                    if (!_index.TryGetValue(quote.Instrument, out var q))
                    {
                        _unusable++;
                        break;
                    }
                    _monitor?.Saw(q);
                    if (_options.QuotesMakeBars && quote.Mid is { } mid) Print(quote.Instrument, quote.Time, mid, 0m);
                    break;
                case FeedBar bar:
                    OnBar(bar);
                    break;
                case FeedStatusChanged status:
                    _monitor?.OnStatus(status);
                    break;
                default:
                    _unusable++;
                    break;
            }
        }
    }

    private void Print(InstrumentId id, DateTimeOffset time, decimal price, decimal size)
    {
        if (!_index.TryGetValue(id, out var i))
        {
            _unusable++;
            return;
        }
        _monitor?.Saw(i);
        // Its slice has gone out: a bar the kernel has seen never changes.
        if (_rollup.BucketOf(time.UtcTicks) <= _staging.LastSlice)
        {
            _lateTrades++;
            return;
        }
        _minutes.OnTrade(i, time, price, size, _closedMinutes);
        RollUpClosedMinutes();
    }

    private void OnBar(FeedBar feedBar)
    {
        if (!_index.TryGetValue(feedBar.Instrument, out var i))
        {
            _unusable++;
            return;
        }
        _monitor?.Saw(i);
        var bar = feedBar.Bar;
        if (feedBar.Interval == _options.Interval)
        {
            _staging.Stage(i, in bar);
        }
        else if (feedBar.Interval == Minute)
        {
            _closedMinutes.Add(new ClosedBar(i, bar));
            RollUpClosedMinutes();
        }
        else
        {
            _unusable++;
        }
    }

    private void RollUpClosedMinutes()
    {
        foreach (var closed in _closedMinutes)
        {
            var bar = closed.Bar;
            if (_options.Interval == Minute) _staging.Stage(closed.Instrument, in bar);
            else if (!_rollup.Add(closed.Instrument, in bar, _completed)) _duplicateMinutes++;
        }
        _closedMinutes.Clear();
        StageCompleted();
    }

    private void StageCompleted()
    {
        foreach (var done in _completed)
        {
            var bar = done.Bar;
            _staging.Stage(done.Instrument, in bar);
        }
        _completed.Clear();
    }

    private void OnSliceDue()
    {
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            _minutes.CloseDue(now, _closedMinutes);
            RollUpClosedMinutes();
            var cutoff = now - _options.LateGrace;
            _rollup.CloseDue(cutoff, _completed);
            StageCompleted();
            _staging.PostDue(cutoff.UtcTicks, _intervalTicks, _target);
            Arm();
        }
    }

    /// <summary>Sets the timer to the next bar end after now, plus the grace.</summary>
    private void Arm()
    {
        var now = _time.GetUtcNow();
        var cutoff = (now - _options.LateGrace).UtcTicks;
        var nextEnd = _rollup.BucketOf(cutoff) + _intervalTicks;
        var due = new DateTimeOffset(nextEnd, TimeSpan.Zero) + _options.LateGrace - now;
        _timer?.Change(due, Timeout.InfiniteTimeSpan);
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _timer?.Dispose();
            _timer = null;
        }
    }
}
