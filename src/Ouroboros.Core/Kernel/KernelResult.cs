using Ouroboros.Domain.Events;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Portfolio;
using Ouroboros.Risk.Events;

namespace Ouroboros.Core.Kernel;

/// <summary>An intent that produced no order, and why (sizing said no, data missing, ...).</summary>
public sealed record SkippedIntent(DateTimeOffset Time, string Instrument, string Action, string Reason);

/// <summary>What happened during a run, in time order.</summary>
public sealed record KernelResult(
    IReadOnlyList<OrderSnapshot> Orders,
    IReadOnlyList<Fill> Fills,
    IReadOnlyList<ClosedTrade> Trades,
    IReadOnlyList<OpenTrade> OpenTrades,
    IReadOnlyList<EquityPoint> Equity,
    IReadOnlyList<RiskDecision> RiskDecisions,
    IReadOnlyList<SkippedIntent> SkippedIntents,
    long BarsProcessed,
    int TimeSlices,
    int SlicesInMarket,
    decimal FinalEquity,
    decimal FinalCash)
{
    /// <summary>Trading-state changes, alerts and exit signals of the risk engine, in time order.</summary>
    public IReadOnlyList<RiskEvent> RiskEvents { get; init; } = [];

    /// <summary>How many calendar session events (pre-market, open, lunch, close) the strategy was shown.</summary>
    public int SessionEvents { get; init; }

    /// <summary>Slices before <see cref="KernelSetup.TradeFrom"/> shown to the strategy only: not in <see cref="TimeSlices"/>, their bars are in <see cref="BarsProcessed"/>.</summary>
    public int WarmUpSlices { get; init; }

    /// <summary>Intents the strategy submitted during warm-up; they were dropped without sizing, risk or orders.</summary>
    public int WarmUpIntentsDiscarded { get; init; }
}
