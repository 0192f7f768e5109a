using Microsoft.Extensions.Logging;
using Ouroboros.Core.Notifications;

namespace Ouroboros.Live.Notifications;

/// <summary>
/// The queue's own log messages. A failure names the exception's type only: a notifier's exception text may carry
/// a bot token or a webhook URL.
/// </summary>
internal static partial class NotificationLog
{
    [LoggerMessage(EventId = 110, Level = LogLevel.Warning, Message = "Notifier {Notifier} failed on {Kind} ({ExceptionType}); the notification is skipped for it")]
    public static partial void Failed(ILogger logger, string notifier, NotificationKind kind, string exceptionType);

    [LoggerMessage(EventId = 111, Level = LogLevel.Warning, Message = "Notifier {Notifier} did not finish {Kind} within {Timeout}; the notification is skipped for it")]
    public static partial void TimedOut(ILogger logger, string notifier, NotificationKind kind, TimeSpan timeout);

    [LoggerMessage(EventId = 112, Level = LogLevel.Warning, Message = "Notifier {Notifier} is still stuck on an earlier notification; {Kind} is skipped for it")]
    public static partial void StillBusy(ILogger logger, string notifier, NotificationKind kind);

    [LoggerMessage(EventId = 113, Level = LogLevel.Warning, Message = "Notification queue of {Notifier} is full ({Capacity}); dropped one ({Dropped} so far)")]
    public static partial void Dropped(ILogger logger, string notifier, int capacity, long dropped);
}
