using Microsoft.Extensions.Logging;
using Ouroboros.Core.Agent;
using Ouroboros.Core.Notifications;
using Ouroboros.Live.Notifications;

namespace Ouroboros.Hosting.Agents;

/// <summary>
/// The agent's notifiers as composed by default: the log and the session's journal, plus any the host adds (Telegram,
/// Discord and Slack plug in here). Returns the dispatcher the agent publishes into.
/// </summary>
public static class AgentNotifications
{
    public static NotificationDispatcher Create(ISessionJournal journal, ILoggerFactory loggers, TimeProvider clock, IEnumerable<INotifier>? more = null)
    {
        ArgumentNullException.ThrowIfNull(journal);
        ArgumentNullException.ThrowIfNull(loggers);
        INotifier[] notifiers = [new LogNotifier(loggers.CreateLogger<LogNotifier>()), new JournalNotifier(journal), .. more ?? []];
        // A replay at full speed announces years of trading in seconds; the journal notifier (one commit each) must not
        // fall so far behind that notifications are dropped (about 200 bytes each, so 200,000 is some 40 MB at worst).
        return new NotificationDispatcher(notifiers, loggers.CreateLogger<NotificationDispatcher>(), clock, new NotificationDispatcherOptions { Capacity = 200_000 });
    }
}
