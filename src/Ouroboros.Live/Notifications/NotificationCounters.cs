namespace Ouroboros.Live.Notifications;

/// <summary>
/// What the notification queue has done, for status: notifications accepted, deliveries that succeeded, deliveries
/// that threw, timed out or were skipped because the notifier was still stuck, and notifications dropped (queue full,
/// or published after shutdown). Per notifier, or summed over all notifiers.
/// </summary>
public sealed record NotificationCounters(long Published, long Sent, long Failed, long Dropped)
{
    public static NotificationCounters Zero { get; } = new(0, 0, 0, 0);

    public NotificationCounters Add(NotificationCounters other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(Published + other.Published, Sent + other.Sent, Failed + other.Failed, Dropped + other.Dropped);
    }
}
