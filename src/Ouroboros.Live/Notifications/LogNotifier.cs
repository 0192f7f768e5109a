using Microsoft.Extensions.Logging;
using Ouroboros.Core.Logging;
using Ouroboros.Core.Notifications;

namespace Ouroboros.Live.Notifications;

/// <summary>Writes each notification to the log, at the level of its severity (info, warning, critical).</summary>
public sealed partial class LogNotifier(ILogger<LogNotifier> logger) : INotifier
{
    public string Name => "log";

    public ValueTask NotifyAsync(Notification notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var level = LevelOf(notification.Severity);
        if (!logger.IsEnabled(level)) return ValueTask.CompletedTask;
        var where = Where(notification);
        // A notification about an order belongs to the decision that made it: its lines carry the order's id as the
        // decision id (until decisions get ids of their own in the decision log).
        using (notification.OrderId is { } decision ? logger.BeginScope(new DecisionScope(decision)) : null)
            Notified(logger, level, notification.Kind, notification.Message, where);
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// Notifications are news for operators, not faults of the process: all go to the log file, and only critical ones
    /// (kills, halts, circuit breakers) are loud enough to reach a console that shows warnings.
    /// </summary>
    public static LogLevel LevelOf(NotificationSeverity severity) => severity switch
    {
        NotificationSeverity.Critical => LogLevel.Warning,
        _ => LogLevel.Information,
    };

    private static string Where(Notification n)
    {
        var parts = new List<string>(3);
        if (n.Market is { } market) parts.Add("market " + market);
        if (n.Instrument is { } instrument) parts.Add("instrument " + instrument);
        if (n.OrderId is { } order) parts.Add("order " + order);
        return parts.Count == 0 ? "" : " (" + string.Join(", ", parts) + ")";
    }

    [LoggerMessage(EventId = 100, Message = "{Kind}: {Message}{Where}")]
    private static partial void Notified(ILogger logger, LogLevel level, NotificationKind kind, string message, string where);
}
