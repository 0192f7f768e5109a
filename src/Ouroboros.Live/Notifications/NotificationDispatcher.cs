using Microsoft.Extensions.Logging;
using Ouroboros.Core.Notifications;

namespace Ouroboros.Live.Notifications;

/// <summary>
/// What the agent calls to notify: <see cref="Publish"/> queues the notification for every notifier and returns at
/// once, from any thread, and never throws. Each notifier has its own bounded queue and worker (see
/// <see cref="NotificationDispatcherOptions"/>): a notifier that throws or hangs is logged and counted, and delays
/// neither the others nor the publisher. At shutdown call <see cref="FlushAsync"/>, then dispose.
/// </summary>
public sealed class NotificationDispatcher : IAsyncDisposable
{
    private readonly NotifierLane[] _lanes;
    private readonly Task[] _workers;
    private readonly TimeProvider _time;
    private readonly CancellationTokenSource _stop = new();
    private long _rejected;
    private int _disposed;

    public NotificationDispatcher(IEnumerable<INotifier> notifiers, ILogger<NotificationDispatcher> logger, TimeProvider time,
        NotificationDispatcherOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(notifiers);
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentNullException.ThrowIfNull(time);
        options ??= NotificationDispatcherOptions.Default;
        options.Validate();
        _time = time;
        _lanes = [.. notifiers.Select(n => new NotifierLane(n, options, time, logger))];
        var stop = _stop.Token;
        _workers = [.. _lanes.Select(lane => Task.Run(() => lane.RunAsync(stop), CancellationToken.None))];
    }

    /// <summary>The notifiers' names, in delivery order.</summary>
    public IReadOnlyList<string> Notifiers => [.. _lanes.Select(l => l.Name)];

    /// <summary>Summed over the notifiers; <see cref="NotificationCounters.Published"/> counts notifications, not deliveries.</summary>
    public NotificationCounters Counters
    {
        get
        {
            var sum = _lanes.Aggregate(NotificationCounters.Zero, (total, lane) => total.Add(lane.Counters));
            var published = _lanes.Length == 0 ? 0 : _lanes.Max(l => l.Counters.Published);
            return sum with { Published = published, Dropped = sum.Dropped + Interlocked.Read(ref _rejected) };
        }
    }

    /// <summary>Per notifier, by name.</summary>
    public IReadOnlyDictionary<string, NotificationCounters> CountersByNotifier =>
        _lanes.GroupBy(l => l.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Aggregate(NotificationCounters.Zero, (t, l) => t.Add(l.Counters)), StringComparer.Ordinal);

    /// <summary>Queues the notification for every notifier. Never blocks, never throws; after disposal (or for null) it only counts a drop.</summary>
    public void Publish(Notification notification)
    {
        if (notification is null || Volatile.Read(ref _disposed) != 0)
        {
            Interlocked.Increment(ref _rejected);
            return;
        }
        foreach (var lane in _lanes) lane.Enqueue(notification);
    }

    /// <summary>
    /// Waits until every notification queued so far has been delivered or given up on, or until
    /// <paramref name="timeout"/> passes. True when everything was handled in time.
    /// </summary>
    public async Task<bool> FlushAsync(TimeSpan timeout)
    {
        try
        {
            await Task.WhenAll(_lanes.Select(l => l.WhenIdle())).WaitAsync(timeout, _time).ConfigureAwait(false);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    /// <summary>Stops the workers; what is still queued is not delivered (flush first). Calls still running are abandoned.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
        await _stop.CancelAsync().ConfigureAwait(false);
        foreach (var worker in _workers)
        {
            try
            {
                await worker.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // The worker was waiting for work or for a call; stopping is what was asked.
            }
        }
        foreach (var lane in _lanes) lane.Dispose();
        _stop.Dispose();
    }
}
