namespace Ouroboros.Application.Monitoring;

/// <summary>
/// An agent session's account at its last checkpoint (<see cref="AsOf"/>, the session's own time: a replay's is
/// simulated). Every figure is null when the session has no checkpoint yet: unknown, never zero. P&amp;L figures are
/// equity now minus equity at the last checkpoint before the period began (the first checkpoint when the session
/// began inside the period); <see cref="DayPnl"/> is the running agent's own figure when its heartbeat is fresh.
/// </summary>
public sealed record AccountView(
    string SessionId,
    string Account,
    DateTimeOffset? AsOf,
    decimal? Cash,
    decimal? Equity,
    decimal? StartEquity,
    decimal? PnlTotal,
    decimal? PnlToday,
    decimal? PnlWeek,
    decimal? PnlMonth,
    decimal? DayPnl);
