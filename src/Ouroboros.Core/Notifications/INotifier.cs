namespace Ouroboros.Core.Notifications;

/// <summary>
/// Tells operators what happened (log and journal by default; Telegram, Discord and Slack plug in here). Called off the
/// kernel's thread through a queue: a notifier that fails or hangs never blocks trading.
/// </summary>
public interface INotifier
{
    /// <summary>A short name for logs ("log", "journal", "telegram").</summary>
    string Name { get; }

    ValueTask NotifyAsync(Notification notification, CancellationToken cancellationToken);
}
