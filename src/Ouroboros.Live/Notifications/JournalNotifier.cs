using Ouroboros.Core.Agent;
using Ouroboros.Core.Notifications;

namespace Ouroboros.Live.Notifications;

/// <summary>
/// Keeps each notification in the session journal, where <c>status</c> and a restart can read them back; what waits
/// is written in one transaction (a replay tells thousands, and one write each loses to a busy disk).
/// </summary>
public sealed class JournalNotifier(ISessionJournal journal) : IBatchNotifier
{
    public string Name => "journal";

    public ValueTask NotifyAsync(Notification notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        return new ValueTask(journal.AppendNotificationAsync(notification, cancellationToken));
    }

    public ValueTask NotifyAsync(IReadOnlyList<Notification> notifications, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notifications);
        return new ValueTask(journal.AppendNotificationsAsync(notifications, cancellationToken));
    }
}
