using Ouroboros.Core.Feeds;
using Ouroboros.Core.Inbox;
using Ouroboros.Core.Notifications;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Live.Feeds;

/// <summary>
/// Watches each instrument's feed on the injected clock (a check every second). An instrument silent past its
/// <see cref="StalenessRule"/> becomes missing: one <see cref="NotificationKind.FeedStale"/> warning per episode and a
/// <see cref="PriceStatusCommand"/> into the kernel's inbox, so entries in it are skipped as "data missing". The next
/// event ends the episode (an Info notification); the kernel's mark is lifted by the instrument's next bar, not here,
/// because until that bar arrives the kernel still holds only the old price.
/// </summary>
public sealed class FeedStalenessMonitor : IDisposable
{
    public const string By = "feed";
    private static readonly TimeSpan CheckEvery = TimeSpan.FromSeconds(1);
    private readonly InstrumentId[] _instruments;
    private readonly StalenessRule[] _rules;
    private readonly DateTimeOffset[] _last;
    private readonly bool[] _stale;
    private readonly IFeedTarget _target;
    private readonly TimeProvider _time;
    private readonly Action<Notification> _notify;
    private readonly Lock _gate = new();
    private ITimer? _timer;

    public FeedStalenessMonitor(IReadOnlyList<InstrumentId> instruments, IReadOnlyList<StalenessRule> rules, ChannelInbox inbox, TimeProvider time,
        Action<Notification> notify)
        : this(instruments, rules, new InboxFeedTarget(inbox ?? throw new ArgumentNullException(nameof(inbox))), time, notify)
    {
    }

    public FeedStalenessMonitor(IReadOnlyList<InstrumentId> instruments, IReadOnlyList<StalenessRule> rules, IFeedTarget target, TimeProvider time,
        Action<Notification> notify)
    {
        ArgumentNullException.ThrowIfNull(instruments);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(notify);
        if (rules.Count != instruments.Count) throw new ArgumentException("One staleness rule per instrument is required.", nameof(rules));
        _instruments = [.. instruments];
        _rules = [.. rules];
        _target = target;
        _time = time;
        _notify = notify;
        _last = new DateTimeOffset[_instruments.Length];
        _stale = new bool[_instruments.Length];
    }

    /// <summary>Stale episodes so far.</summary>
    public int Episodes { get; private set; }

    public bool IsStale(int instrument)
    {
        lock (_gate) return _stale[instrument];
    }

    /// <summary>Starts watching: the start counts as every instrument's last event.</summary>
    public void Start()
    {
        lock (_gate)
        {
            if (_timer is not null) throw new InvalidOperationException("The monitor is already started.");
            Array.Fill(_last, _time.GetUtcNow());
            _timer = _time.CreateTimer(static s => ((FeedStalenessMonitor)s!).Check(), this, CheckEvery, CheckEvery);
        }
    }

    /// <summary>An event of the instrument arrived now.</summary>
    public void Saw(int instrument)
    {
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            if (_stale[instrument])
            {
                _stale[instrument] = false;
                var id = _instruments[instrument];
                _notify(new Notification(now, NotificationKind.FeedStale, NotificationSeverity.Info,
                    $"{id}: market data again after {Seconds(now - _last[instrument])} s; entries resume with its next bar", Instrument: id.Value));
            }
            _last[instrument] = now;
        }
    }

    /// <summary>The connection's state: told to operators; instruments still go stale one by one on their own limits.</summary>
    public void OnStatus(FeedStatusChanged status)
    {
        ArgumentNullException.ThrowIfNull(status);
        var down = status.State == FeedConnectionState.Disconnected;
        _notify(new Notification(_time.GetUtcNow(), NotificationKind.FeedStale, down ? NotificationSeverity.Warning : NotificationSeverity.Info,
            down ? $"market data feed disconnected: {status.Reason ?? "no reason given"}" : "market data feed connected"));
    }

    /// <summary>Marks every instrument silent past its limit (the timer calls this every second).</summary>
    public void Check()
    {
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            for (var i = 0; i < _instruments.Length; i++)
            {
                if (_stale[i]) continue;
                var silence = _rules[i].SilenceAt(now, _last[i]);
                if (silence < _rules[i].Limit) continue;
                _stale[i] = true;
                Episodes++;
                var id = _instruments[i];
                var reason = $"no market data for {Seconds(silence)} s (limit {Seconds(_rules[i].Limit)} s)";
                _target.PostPriceStatus(new PriceStatusCommand(id, true, _last[i], silence, By, reason, now));
                _notify(new Notification(now, NotificationKind.FeedStale, NotificationSeverity.Warning,
                    $"{id}: {reason}; its price is missing and entries in it are skipped", Instrument: id.Value));
            }
        }
    }

    private static long Seconds(TimeSpan span) => (long)span.TotalSeconds;

    public void Dispose()
    {
        lock (_gate)
        {
            _timer?.Dispose();
            _timer = null;
        }
    }
}
