namespace Ouroboros.Brokers.Kis.Common;

/// <summary>
/// One app key's request pacing, shared by every caller of a <c>KisClient</c> (kis-openapi.md §4.1: 20/s real, about
/// 2/s VTS per key). Grants are spaced at least 1/rate apart (a spaced-slot schedule, not a bucket, so a burst after a
/// quiet spell cannot exceed the rate in any one-second window). Time comes only from the <see cref="TimeProvider"/>.
/// </summary>
public sealed class KisRateLimiter
{
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private DateTimeOffset _nextFree = DateTimeOffset.MinValue;

    public KisRateLimiter(double requestsPerSecond, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(requestsPerSecond);
        ArgumentNullException.ThrowIfNull(time);
        _time = time;
        // Rounded up to whole ticks so that N grants never fit in less than a second.
        Interval = TimeSpan.FromTicks((long)Math.Ceiling(TimeSpan.TicksPerSecond / requestsPerSecond));
    }

    /// <summary>The least time between two grants.</summary>
    public TimeSpan Interval { get; }

    /// <summary>Books the next free slot at or after <paramref name="now"/> and returns when it is.</summary>
    public DateTimeOffset Reserve(DateTimeOffset now)
    {
        lock (_gate)
        {
            var slot = now > _nextFree ? now : _nextFree;
            _nextFree = slot + Interval;
            return slot;
        }
    }

    /// <summary>Waits for this caller's slot; a cancelled wait gives its slot up to nobody (pacing stays conservative).</summary>
    public async ValueTask WaitAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var now = _time.GetUtcNow();
        var delay = Reserve(now) - now;
        if (delay > TimeSpan.Zero) await Task.Delay(delay, _time, cancellationToken).ConfigureAwait(false);
    }
}
