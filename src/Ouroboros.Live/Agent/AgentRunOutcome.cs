using Ouroboros.Core.Agent;
using Ouroboros.Core.Kernel;

namespace Ouroboros.Live.Agent;

/// <summary>How one run of a session ended.</summary>
public sealed record AgentRunOutcome(
    AgentSessionStatus Status,
    KernelSummary Kernel,
    long SlicesDone,
    long SlicesRecovered,
    int TradingDays,
    TimeSpan? RestartToTrading,
    int OrderWritesSkippedInRecovery,
    string? StopReason);
