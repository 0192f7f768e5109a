namespace Ouroboros.TestKit;

/// <summary>
/// The one fake clock of the tests: it stands still until a test moves it (<see cref="Advance"/>,
/// <see cref="SetUtcNow"/>), so nothing depends on when the test runs. Stores call it from worker threads, hence the lock.
/// <para>Timers are faked too (<see cref="CreateTimer"/>, so <c>Task.Delay(d, clock)</c>, <c>new CancellationTokenSource(d, clock)</c>
/// and <c>WaitAsync(d, clock)</c>): moving the clock forward fires every timer it passes, in due-time order (ties in the
/// order they were set), synchronously inside <see cref="Advance"/> or <see cref="SetUtcNow"/>, with the clock standing
/// at each timer's due time while its callback runs. Periodic timers fire once per period passed. A callback may set or
/// cancel timers (those due by the target fire in the same call). A timer due at or before the current time fires on
/// the next move, <c>Advance(TimeSpan.Zero)</c> included. Setting the clock backwards fires nothing; timers keep their
/// due instants. Callbacks run without the caller's synchronization context, as real timer callbacks do, so a loop
/// that awaits <c>Task.Delay(d, clock).ConfigureAwait(false)</c> and does no other real waiting runs inside the move.</para>
/// </summary>
public sealed class FakeClock(DateTimeOffset start) : TimeProvider
{
    /// <summary>Where a clock made without a start stands: a plain weekday, 09:00 UTC.</summary>
    public static readonly DateTimeOffset DefaultStart = new(2025, 3, 3, 9, 0, 0, TimeSpan.Zero);

    private readonly Lock _gate = new();
    private readonly List<FakeClockTimer> _scheduled = [];
    private DateTimeOffset _now = start;
    private long _order;

    public FakeClock()
        : this(DefaultStart)
    {
    }

    /// <summary>Timers that will fire when the clock passes their due time.</summary>
    public int PendingTimers
    {
        get
        {
            lock (_gate) return _scheduled.Count;
        }
    }

    /// <summary>The due time of the next timer to fire, or null when none is pending.</summary>
    public DateTimeOffset? NextTimerDue
    {
        get
        {
            lock (_gate) return Earliest(DateTimeOffset.MaxValue)?.Due;
        }
    }

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate) return _now;
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var timer = new FakeClockTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>Moves the clock forward, firing the timers it passes; time never runs backwards by accident.</summary>
    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        DateTimeOffset target;
        lock (_gate) target = _now + by;
        RunUntil(target);
    }

    /// <summary>Puts the clock at <paramref name="value"/> (backwards too, for tests of clock jumps); forward fires timers.</summary>
    public void SetUtcNow(DateTimeOffset value)
    {
        lock (_gate)
        {
            if (value < _now)
            {
                _now = value;
                return;
            }
        }
        RunUntil(value);
    }

    /// <summary>Sets, moves or (with an infinite due time) stops a timer; false once the timer is disposed.</summary>
    internal bool Schedule(FakeClockTimer timer, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime < TimeSpan.Zero && dueTime != Timeout.InfiniteTimeSpan)
            throw new ArgumentOutOfRangeException(nameof(dueTime), dueTime, "the due time must be zero or more, or infinite");
        if (period < TimeSpan.Zero && period != Timeout.InfiniteTimeSpan)
            throw new ArgumentOutOfRangeException(nameof(period), period, "the period must be zero or more, or infinite");
        lock (_gate)
        {
            if (timer.IsDisposed) return false;
            _scheduled.Remove(timer);
            if (dueTime == Timeout.InfiniteTimeSpan) return true;
            timer.Due = _now + dueTime;
            timer.Period = period > TimeSpan.Zero ? period : null;
            timer.Order = _order++;
            _scheduled.Add(timer);
            return true;
        }
    }

    internal void Cancel(FakeClockTimer timer)
    {
        lock (_gate)
        {
            timer.IsDisposed = true;
            _scheduled.Remove(timer);
        }
    }

    private void RunUntil(DateTimeOffset target)
    {
        while (true)
        {
            FakeClockTimer? timer;
            lock (_gate)
            {
                timer = Earliest(target);
                if (timer is null)
                {
                    if (_now < target) _now = target;
                    return;
                }
                if (timer.Due > _now) _now = timer.Due;
                if (timer.Period is { } period)
                {
                    timer.Due += period;
                    timer.Order = _order++;
                }
                else
                {
                    _scheduled.Remove(timer);
                }
            }
            // Outside the lock: the callback may read the clock, set timers or move the clock itself. Like a real timer
            // it runs without the caller's synchronization context (a test runner's would refuse to run continuations
            // inline), so code awaiting a delay with ConfigureAwait(false) goes on inside this call.
            var context = SynchronizationContext.Current;
            SynchronizationContext.SetSynchronizationContext(null);
            try
            {
                timer.Fire();
            }
            finally
            {
                SynchronizationContext.SetSynchronizationContext(context);
            }
        }
    }

    private FakeClockTimer? Earliest(DateTimeOffset notAfter)
    {
        FakeClockTimer? best = null;
        foreach (var t in _scheduled)
        {
            if (t.Due <= notAfter && (best is null || t.Due < best.Due || (t.Due == best.Due && t.Order < best.Order))) best = t;
        }
        return best;
    }
}
