namespace Ouroboros.Live.Agent;

/// <summary>What a running agent reports about itself (heartbeats, <c>status</c>, the summary).</summary>
public sealed record AgentStatus(
    long SlicesDone,
    long SlicesTotal,
    DateTimeOffset? LastBarTime,
    DateTimeOffset? ReplayTime,
    string TradingState,
    int WorkingOrders,
    IReadOnlyDictionary<string, decimal> Positions,
    decimal Equity,
    decimal Cash,
    decimal? DayPnl,
    int TradingDays,
    bool Recovering);
