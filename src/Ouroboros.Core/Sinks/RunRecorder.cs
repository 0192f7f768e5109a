using Ouroboros.Risk.Events;
using Ouroboros.Core.Kernel;
using Ouroboros.Domain.Events;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Portfolio;

namespace Ouroboros.Core.Sinks;

/// <summary>
/// Keeps everything a backtest's report and statistics need, in time order, and builds the <see cref="KernelResult"/>
/// from it. For finite runs only: it grows with the run (a live session streams to bounded sinks instead).
/// </summary>
public sealed class RunRecorder(int expectedSlices = 1024) : IKernelSink
{
    private readonly List<Order> _orders = [];
    private readonly List<Fill> _fills = [];
    private readonly List<ClosedTrade> _trades = [];
    private readonly List<EquityPoint> _equity = new(Math.Max(expectedSlices, 0));
    private readonly List<RiskDecision> _decisions = [];
    private readonly List<RiskEvent> _riskEvents = [];
    private readonly List<SkippedIntent> _skipped = [];

    public IReadOnlyList<Fill> Fills => _fills;
    public IReadOnlyList<EquityPoint> Equity => _equity;
    public IReadOnlyList<RiskDecision> RiskDecisions => _decisions;
    public IReadOnlyList<RiskEvent> RiskEvents => _riskEvents;

    public void OnOrderCreated(Order order, DateTimeOffset time) => _orders.Add(order);

    // Orders are kept by reference; their final state is read once, at the end.
    public void OnOrderChanged(Order order, DateTimeOffset time)
    {
    }

    public void OnFill(Fill fill) => _fills.Add(fill);

    public void OnTradeClosed(ClosedTrade trade) => _trades.Add(trade);

    public void OnEquity(EquityPoint point) => _equity.Add(point);

    public void OnRiskDecision(RiskDecision decision) => _decisions.Add(decision);

    public void OnRiskEvent(RiskEvent riskEvent) => _riskEvents.Add(riskEvent);

    public void OnSkippedIntent(SkippedIntent skipped) => _skipped.Add(skipped);

    /// <summary>The run's result: what was recorded plus the kernel's final state; orders are snapshot at the end time.</summary>
    public KernelResult ToResult(KernelSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var orders = new OrderSnapshot[_orders.Count];
        for (var i = 0; i < orders.Length; i++) orders[i] = OrderSnapshot.Of(_orders[i], summary.EndTime);
        return new KernelResult(orders, _fills, _trades, summary.OpenTrades, _equity, _decisions, _skipped,
            summary.BarsProcessed, summary.TimeSlices, summary.SlicesInMarket, summary.FinalEquity, summary.FinalCash)
        {
            RiskEvents = _riskEvents,
            SessionEvents = summary.SessionEvents,
            WarmUpSlices = summary.WarmUpSlices,
            WarmUpIntentsDiscarded = summary.WarmUpIntentsDiscarded,
        };
    }
}
