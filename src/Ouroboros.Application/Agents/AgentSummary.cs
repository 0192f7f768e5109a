namespace Ouroboros.Application.Agents;

/// <summary>The whole session so far, across restarts: what <c>run</c> prints when it ends.</summary>
public sealed record AgentSummary(
    string RunId,
    string Mode,
    string Broker,
    string Status,
    string? StopReason,
    int TradingDays,
    int Orders,
    int Fills,
    decimal InitialCash,
    decimal FinalEquity,
    int Playbooks,
    int LlmCalls,
    int RiskDenials,
    int Restarts,
    long Slices,
    long SlicesRecovered,
    TimeSpan? RestartToTrading,
    int Notifications,
    string Journal);
