using Ouroboros.Core.Notifications;

namespace Ouroboros.Bots.Telegram;

/// <summary>
/// How a chat stops the agent of this process: the request is published as a notification first (the journal
/// notifier records who asked), then the run's cancellation is requested, as Ctrl-C does.
/// </summary>
public sealed class AgentStopSwitch(CancellationTokenSource run, Action<Notification> publish, TimeProvider time)
{
    public void Stop(string actor)
    {
        publish(new Notification(time.GetUtcNow(), NotificationKind.Alert, NotificationSeverity.Warning, $"stop requested by {actor}"));
        run.Cancel();
    }
}
