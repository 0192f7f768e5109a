using Ouroboros.Core.Notifications;

namespace Ouroboros.Live.Tests.Notifications;

/// <summary>Keeps what it receives, in order; can be held at a gate to let the queue fill up behind it.</summary>
internal sealed class RecordingNotifier(string name = "recording") : INotifier
{
    private readonly Lock _gate = new();
    private readonly List<Notification> _received = [];
    private readonly TaskCompletionSource _first = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource? _hold;

    public string Name => name;

    public IReadOnlyList<Notification> Received
    {
        get
        {
            lock (_gate) return [.. _received];
        }
    }

    /// <summary>Completes when the first notification has arrived.</summary>
    public Task FirstArrived => _first.Task;

    /// <summary>From now on each call waits until <see cref="Release"/>.</summary>
    public void Hold() => _hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release() => _hold?.TrySetResult();

    public async ValueTask NotifyAsync(Notification notification, CancellationToken cancellationToken)
    {
        lock (_gate) _received.Add(notification);
        _first.TrySetResult();
        if (_hold is { } hold) await hold.Task.ConfigureAwait(false);
    }
}
