using Microsoft.Extensions.Logging;
using Ouroboros.Core.Notifications;

namespace Ouroboros.Live.Notifications;

/// <summary>
/// One notifier's own queue and worker, so a slow or broken notifier delays nobody else: notifications reach it in
/// publishing order (a batch notifier gets what waits, up to 256 at a time), each call is cut off after the timeout, and while a call that ignored its cancellation is still
/// running the next ones are skipped (counted as failed) instead of piling up.
/// </summary>
internal sealed class NotifierLane : IDisposable
{
    // A journal takes what waits in one write; more than this per call would hold the file's lock too long.
    private const int MaxBatch = 256;
    private readonly INotifier _notifier;
    private readonly IBatchNotifier? _batcher;
    private readonly NotificationQueue _queue;
    private readonly int _capacity;
    private readonly TimeSpan _timeout;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _signal = new(0);
    private readonly Lock _gate = new();
    private readonly List<TaskCompletionSource> _idleWaiters = [];
    private bool _delivering;
    private Task? _stuck;
    private long _published;
    private long _sent;
    private long _failed;
    private long _dropped;

    public NotifierLane(INotifier notifier, NotificationDispatcherOptions options, TimeProvider time, ILogger logger)
    {
        _notifier = notifier;
        _batcher = notifier as IBatchNotifier;
        _capacity = options.Capacity;
        _queue = new NotificationQueue(options.Capacity);
        _timeout = options.NotifierTimeout;
        _time = time;
        _logger = logger;
    }

    public string Name => _notifier.Name;

    public NotificationCounters Counters =>
        new(Interlocked.Read(ref _published), Interlocked.Read(ref _sent), Interlocked.Read(ref _failed), Interlocked.Read(ref _dropped));

    public void Enqueue(Notification notification)
    {
        int dropped;
        lock (_gate) dropped = _queue.Add(notification);
        Interlocked.Increment(ref _published);
        if (dropped > 0)
        {
            var total = Interlocked.Add(ref _dropped, dropped);
            // One line per power of two keeps a flood from flooding the log too.
            if ((total & (total - 1)) == 0) NotificationLog.Dropped(_logger, Name, _capacity, total);
        }
        _signal.Release();
    }

    /// <summary>Completes when nothing is waiting or being delivered.</summary>
    public Task WhenIdle()
    {
        lock (_gate)
        {
            if (_queue.Count == 0 && !_delivering) return Task.CompletedTask;
            var waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _idleWaiters.Add(waiter);
            return waiter.Task;
        }
    }

    public async Task RunAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            List<Notification> next;
            lock (_gate)
            {
                next = _batcher is null ? (_queue.Take() is { } one ? [one] : []) : _queue.TakeUpTo(MaxBatch);
                _delivering = next.Count > 0;
                if (!_delivering) ReleaseIdleWaiters();
            }
            if (next.Count == 0) await _signal.WaitAsync(stop).ConfigureAwait(false);
            else await DeliverAsync(next, stop).ConfigureAwait(false);
        }
    }

    /// <summary>Call only after <see cref="RunAsync"/> has returned.</summary>
    public void Dispose() => _signal.Dispose();

    private void ReleaseIdleWaiters()
    {
        foreach (var waiter in _idleWaiters) waiter.TrySetResult();
        _idleWaiters.Clear();
    }

    private async Task DeliverAsync(List<Notification> notifications, CancellationToken stop)
    {
        var kind = notifications[0].Kind;
        var n = notifications.Count;
        if (_stuck is { IsCompleted: false })
        {
            Interlocked.Add(ref _failed, n);
            NotificationLog.StillBusy(_logger, Name, kind);
            return;
        }
        using var timeout = new CancellationTokenSource(_timeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(stop, timeout.Token);
        // Task.Run: a notifier that blocks before its first await must not hold this worker either.
        var call = Task.Run(() => _batcher is not null
            ? _batcher.NotifyAsync(notifications, linked.Token).AsTask()
            : _notifier.NotifyAsync(notifications[0], linked.Token).AsTask(), CancellationToken.None);
        try
        {
            await call.WaitAsync(_timeout, _time, stop).ConfigureAwait(false);
            Interlocked.Add(ref _sent, n);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            Observe(call);
            throw;
        }
        catch (Exception e) when (e is TimeoutException || (e is OperationCanceledException && timeout.IsCancellationRequested))
        {
            Interlocked.Add(ref _failed, n);
            NotificationLog.TimedOut(_logger, Name, kind, _timeout);
            _stuck = call.IsCompleted ? null : call;
            Observe(call);
        }
        catch (Exception e)
        {
            Interlocked.Add(ref _failed, n);
            NotificationLog.Failed(_logger, Name, kind, e.GetType().Name);
        }
    }

    // A call left behind may fault later; observing it keeps that out of the unobserved-exception event.
    private static void Observe(Task call) =>
        call.ContinueWith(t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
}
