using Ouroboros.Core.Notifications;

namespace Ouroboros.Live.Notifications;

/// <summary>
/// A bounded FIFO of notifications (not thread-safe: its lane locks). When full, the oldest notification of the lowest
/// severity waiting goes to make room; a new notification less severe than everything waiting is itself dropped, so
/// a flood of info never pushes out a critical one.
/// </summary>
internal sealed class NotificationQueue(int capacity)
{
    private readonly LinkedList<Notification> _items = new();

    public int Count => _items.Count;

    /// <summary>Adds the notification; returns how many were dropped to do so (0 or 1, the new one included).</summary>
    public int Add(Notification notification)
    {
        if (_items.Count < capacity)
        {
            _items.AddLast(notification);
            return 0;
        }
        var victim = OldestLeastSevere();
        if (victim is null || victim.Value.Severity > notification.Severity) return 1;
        _items.Remove(victim);
        _items.AddLast(notification);
        return 1;
    }

    public Notification? Take()
    {
        if (_items.First is not { } first) return null;
        _items.RemoveFirst();
        return first.Value;
    }

    /// <summary>Up to <paramref name="max"/> of the oldest, in order; empty when none waits.</summary>
    public List<Notification> TakeUpTo(int max)
    {
        var taken = new List<Notification>(Math.Min(max, _items.Count));
        while (taken.Count < max && Take() is { } next) taken.Add(next);
        return taken;
    }

    private LinkedListNode<Notification>? OldestLeastSevere()
    {
        LinkedListNode<Notification>? best = null;
        for (var node = _items.First; node is not null; node = node.Next)
        {
            if (best is null || node.Value.Severity < best.Value.Severity) best = node;
            if (best.Value.Severity == NotificationSeverity.Info) break;
        }
        return best;
    }
}
