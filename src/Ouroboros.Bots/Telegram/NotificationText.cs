using System.Globalization;
using Ouroboros.Core.Notifications;

namespace Ouroboros.Bots.Telegram;

/// <summary>A notification as a MarkdownV2 message: a severity mark and the kind in bold, then the escaped facts.</summary>
public static class NotificationText
{
    public static string Format(Notification notification, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(notification);
        ArgumentNullException.ThrowIfNull(zone);
        var mark = notification.Severity switch
        {
            NotificationSeverity.Critical => "🚨",
            NotificationSeverity.Warning => "⚠️",
            _ => "ℹ️",
        };
        var local = TimeZoneInfo.ConvertTime(notification.Time, zone);
        var where = string.Join(" · ", new[] { notification.Market, notification.Instrument }.OfType<string>());
        var head = $"{mark} {TelegramMarkdown.Bold(notification.Kind.ToString())}{(where.Length > 0 ? " " + TelegramMarkdown.Escape(where) : "")}";
        var when = TelegramMarkdown.Escape(local.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture));
        return $"{head}\n{TelegramMarkdown.Escape(Truncate(notification.Message))}\n_{when}_";
    }

    // sendMessage takes at most 4096 characters; the escapes and the header need room too.
    private static string Truncate(string text) => text.Length <= 3000 ? text : text[..3000] + "…";
}
