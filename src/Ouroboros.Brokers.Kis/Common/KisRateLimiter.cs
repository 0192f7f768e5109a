namespace Ouroboros.Brokers.Kis.Common;

/// <summary>
/// One app key's request pacing, shared by every caller of a <c>KisClient</c> (kis-openapi.md §4.1: 20/s real, about
/// 2/s VTS per key, counted by the host as requests arrive). Slots are booked at least 1/rate apart, and at most
/// ⌊rate⌋ of them in any window of one second plus <see cref="Guard"/>. The guard covers jitter between a slot here and
/// the request's arrival at the host: without it, at VTS's 2/s two arrivals 15 ms closer than their slots already drew
/// EGW00201 from the fake (Contract/RateLimitLoadContractTests). Time comes only from the <see cref="TimeProvider"/>.
/// </summary>
public sealed class KisRateLimiter
{
    /// <summary>The default allowance for transit jitter: it costs at most 5% of the rate.</summary>
    public static readonly TimeSpan DefaultGuard = TimeSpan.FromMilliseconds(50);

    private static readonly TimeSpan OneSecond = TimeSpan.FromSeconds(1);
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private readonly Queue<DateTimeOffset> _recent = new();
    private readonly int _perWindow;

    public KisRateLimiter(double requestsPerSecond, TimeProvider time, TimeSpan? guard = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(requestsPerSecond);
        ArgumentNullException.ThrowIfNull(time);
        _time = time;
        // Rounded up to whole ticks so that N grants never fit in less than a second.
        Interval = TimeSpan.FromTicks((long)Math.Ceiling(TimeSpan.TicksPerSecond / requestsPerSecond));
        Guard = guard ?? DefaultGuard;
        ArgumentOutOfRangeException.ThrowIfLessThan(Guard, TimeSpan.Zero, nameof(guard));
        _perWindow = Math.Max(1, (int)Math.Floor(requestsPerSecond));
    }

    /// <summary>The least time between two grants.</summary>
    public TimeSpan Interval { get; }

    /// <summary>What is added to the one-second window to allow for jitter between a grant and the host seeing it.</summary>
    public TimeSpan Guard { get; }

    /// <summary>The earliest a grant could be made, at or after <paramref name="now"/>, given the grants made so far.</summary>
    public DateTimeOffset NextFree(DateTimeOffset now)
    {
        lock (_gate)
        {
            var next = now;
            if (_recent.Count > 0 && _recent.Last() + Interval > next) next = _recent.Last() + Interval;
            if (_recent.Count >= _perWindow)
            {
                var windowEnd = _recent.ElementAt(_recent.Count - _perWindow) + OneSecond + Guard;
                if (windowEnd > next) next = windowEnd;
            }
            return next;
        }
    }

    /// <summary>Books the next free slot at or after <paramref name="now"/> and returns when it is.</summary>
    public DateTimeOffset Reserve(DateTimeOffset now)
    {
        lock (_gate)
        {
            var slot = NextFree(now);
            _recent.Enqueue(slot);
            while (_recent.Count > _perWindow) _recent.Dequeue();
            return slot;
        }
    }

    /// <summary>
    /// Waits for this caller's slot. A caller woken more than <see cref="Guard"/> after its slot (a stalled machine wakes
    /// many at once) books a new slot instead of going out with the others: booked slots alone let a 0.6–1 s stall
    /// release a dozen requests within a millisecond, which the fake answered with EGW00201. A cancelled wait gives its
    /// slot up to nobody (pacing stays conservative).
    /// </summary>
    public async ValueTask WaitAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var now = _time.GetUtcNow();
            var slot = Reserve(now);
            if (slot > now) await Task.Delay(slot - now, _time, cancellationToken).ConfigureAwait(false);
            if (_time.GetUtcNow() - slot <= Guard) return;
        }
    }

}
