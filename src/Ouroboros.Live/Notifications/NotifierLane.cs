using Microsoft.Extensions.Logging;
using Ouroboros.Core.Notifications;

namespace Ouroboros.Live.Notifications;

/// <summary>
/// One notifier's own queue and worker, so a slow or broken notifier delays nobody else: notifications reach it in
/// publishing order, each call is cut off after the timeout, and while a call that ignored its cancellation is still
/// running the next ones are skipped (counted as failed) instead of piling up.
/// </summary>
internal sealed class NotifierLane : IDisposable
{
    private readonly INotifier _notifier;
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
            Notification? next;
            lock (_gate)
            {
                next = _queue.Take();
                _delivering = next is not null;
                if (next is null) ReleaseIdleWaiters();
            }
            if (next is null) await _signal.WaitAsync(stop).ConfigureAwait(false);
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

    private async Task DeliverAsync(Notification notification, CancellationToken stop)
    {
        if (_stuck is { IsCompleted: false })
        {
            Interlocked.Increment(ref _failed);
            NotificationLog.StillBusy(_logger, Name, notification.Kind);
            return;
        }
        using var timeout = new CancellationTokenSource(_timeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(stop, timeout.Token);
        // Task.Run: a notifier that blocks before its first await must not hold this worker either.
        var call = Task.Run(() => _notifier.NotifyAsync(notification, linked.Token).AsTask(), CancellationToken.None);
        try
        {
            await call.WaitAsync(_timeout, _time, stop).ConfigureAwait(false);
            Interlocked.Increment(ref _sent);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            Observe(call);
            throw;
        }
        catch (Exception e) when (e is TimeoutException || (e is OperationCanceledException && timeout.IsCancellationRequested))
        {
            Interlocked.Increment(ref _failed);
            NotificationLog.TimedOut(_logger, Name, notification.Kind, _timeout);
            _stuck = call.IsCompleted ? null : call;
            Observe(call);
        }
        catch (Exception e)
        {
            Interlocked.Increment(ref _failed);
            NotificationLog.Failed(_logger, Name, notification.Kind, e.GetType().Name);
        }
    }

    // A call left behind may fault later; observing it keeps that out of the unobserved-exception event.
    private static void Observe(Task call) =>
        call.ContinueWith(t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
}
