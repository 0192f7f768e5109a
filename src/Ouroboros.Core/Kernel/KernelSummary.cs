using Ouroboros.Domain.Portfolio;

namespace Ouroboros.Core.Kernel;

/// <summary>What the kernel itself knows at the end of a run: counters and the final state, never histories (those went to sinks).</summary>
public sealed record KernelSummary(
    DateTimeOffset EndTime,
    long BarsProcessed,
    int TimeSlices,
    int SlicesInMarket,
    int WarmUpSlices,
    int WarmUpIntentsDiscarded,
    int SessionEvents,
    decimal FinalEquity,
    decimal FinalCash,
    IReadOnlyList<OpenTrade> OpenTrades)
{
    /// <summary>Rescans read from the inbox (<see cref="Inbox.PartialBarsCommand"/>); none in a backtest.</summary>
    public int Rescans { get; init; }
}
