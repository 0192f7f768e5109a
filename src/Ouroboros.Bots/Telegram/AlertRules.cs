using Ouroboros.Core.Notifications;

namespace Ouroboros.Bots.Telegram;

/// <summary>What an alert rule decided for one notification.</summary>
public enum AlertDelivery
{
    Skip,
    Send,

    /// <summary>Sent without a sound (quiet hours): nothing is lost, nobody is woken.</summary>
    SendSilently,
}

/// <summary>
/// One channel's alert rules: the least severity sent, which kinds (null: all), and quiet hours in
/// <see cref="TimeZone"/>. Critical notifications (kill, halt, circuit breaker, the NAV floor's halt) always ring.
/// </summary>
public sealed record AlertRules(NotificationSeverity MinimumSeverity, IReadOnlySet<NotificationKind>? Kinds, QuietHours? Quiet, TimeZoneInfo TimeZone)
{
    public static AlertRules All { get; } = new(NotificationSeverity.Info, null, null, TimeZoneInfo.Utc);

    public AlertDelivery Decide(Notification notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        if (notification.Severity < MinimumSeverity) return AlertDelivery.Skip;
        if (Kinds is not null && !Kinds.Contains(notification.Kind)) return AlertDelivery.Skip;
        if (notification.Severity == NotificationSeverity.Critical || Quiet is null) return AlertDelivery.Send;
        var local = TimeZoneInfo.ConvertTime(notification.Time, TimeZone);
        return Quiet.Contains(TimeOnly.FromTimeSpan(local.TimeOfDay)) ? AlertDelivery.SendSilently : AlertDelivery.Send;
    }
}
