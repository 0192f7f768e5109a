using Ouroboros.Core.Agent;
using Ouroboros.Core.Notifications;

namespace Ouroboros.Live.Notifications;

/// <summary>Keeps each notification in the session journal, where <c>status</c> and a restart can read them back.</summary>
public sealed class JournalNotifier(ISessionJournal journal) : INotifier
{
    public string Name => "journal";

    public ValueTask NotifyAsync(Notification notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        return new ValueTask(journal.AppendNotificationAsync(notification, cancellationToken));
    }
}
