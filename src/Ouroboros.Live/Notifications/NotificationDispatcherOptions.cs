namespace Ouroboros.Live.Notifications;

/// <summary>
/// The queue's bounds: at most <see cref="Capacity"/> notifications wait per notifier (then the oldest of the lowest
/// severity is dropped), and one delivery may take <see cref="NotifierTimeout"/> before it counts as failed.
/// </summary>
public sealed record NotificationDispatcherOptions
{
    public static NotificationDispatcherOptions Default { get; } = new();

    public int Capacity { get; init; } = 10_000;

    public TimeSpan NotifierTimeout { get; init; } = TimeSpan.FromSeconds(5);

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Capacity, 1, nameof(Capacity));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(NotifierTimeout, TimeSpan.Zero, nameof(NotifierTimeout));
    }
}
