using Ouroboros.Core.Notifications;

namespace Ouroboros.Bots.Telegram;

/// <summary>
/// The Telegram lane of the notification dispatcher: every notification the rules let through is queued for every
/// configured chat and the call returns at once, so the dispatcher's per-call timeout never meets Telegram's pacing
/// or a 429; the <see cref="TelegramOutbox"/> sends.
/// </summary>
public sealed class TelegramNotifier(TelegramOutbox outbox, TelegramOptions options) : INotifier
{
    public string Name => "telegram";

    public ValueTask NotifyAsync(Notification notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var delivery = options.Alerts.Decide(notification);
        if (delivery == AlertDelivery.Skip) return ValueTask.CompletedTask;
        var text = NotificationText.Format(notification, options.Alerts.TimeZone);
        foreach (var chat in options.ChatIds) outbox.Enqueue(new OutgoingMessage(chat, text, delivery == AlertDelivery.SendSilently));
        return ValueTask.CompletedTask;
    }
}
