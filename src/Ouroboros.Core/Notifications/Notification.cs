namespace Ouroboros.Core.Notifications;

/// <summary>What the agent tells its operators about (the events the systems it replaces alert on).</summary>
public enum NotificationKind
{
    AgentStarted,
    AgentStopped,
    TradeExecuted,
    OrderRejected,
    OrderDenied,
    CircuitBreaker,
    FatFinger,
    Kill,
    Halt,
    Resume,
    MarketOpen,
    MarketClose,
    PlaybookGenerated,
    PlaybookFallback,
    StopLossApproaching,
    ReconciliationDifference,
    FeedStale,
    Alert,
}

public enum NotificationSeverity
{
    Info,
    Warning,
    Critical,
}

/// <summary>One notification. Never carries a secret: messages are built from journal facts, not from settings.</summary>
public sealed record Notification(
    DateTimeOffset Time,
    NotificationKind Kind,
    NotificationSeverity Severity,
    string Message,
    string? Market = null,
    string? Instrument = null,
    string? OrderId = null);
