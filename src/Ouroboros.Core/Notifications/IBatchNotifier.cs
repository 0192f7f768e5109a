namespace Ouroboros.Core.Notifications;

/// <summary>
/// A notifier that takes what is waiting in one call (a journal writes it in one transaction): the dispatcher hands it
/// up to a batch at a time, in order, under the same timeout as one call.
/// </summary>
public interface IBatchNotifier : INotifier
{
    ValueTask NotifyAsync(IReadOnlyList<Notification> notifications, CancellationToken cancellationToken);
}
