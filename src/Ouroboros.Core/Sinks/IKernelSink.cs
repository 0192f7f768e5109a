using Ouroboros.Risk.Events;
using Ouroboros.Core.Kernel;
using Ouroboros.Domain.Events;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Portfolio;

namespace Ouroboros.Core.Sinks;

/// <summary>
/// Where a run's results go as they happen (statistics, dashboards, journals), so the kernel keeps only counters and
/// current state and a session that runs for months has bounded memory. Called on the kernel's thread, in the order
/// things happen; a sink must be quick (hand slow work to a queue of its own). Orders are passed live: a sink that
/// keeps their state must take a snapshot (<see cref="OrderSnapshot.Of"/>) before returning.
/// </summary>
public interface IKernelSink
{
    /// <summary>A new order exists (its request is final); it is passed again to <see cref="OnOrderChanged"/> on every change.</summary>
    void OnOrderCreated(Order order, DateTimeOffset time);

    void OnOrderChanged(Order order, DateTimeOffset time);

    void OnFill(Fill fill);

    void OnTradeClosed(ClosedTrade trade);

    /// <summary>The equity mark at the end of a trading slice.</summary>
    void OnEquity(EquityPoint point);

    void OnRiskDecision(RiskDecision decision);

    /// <summary>A trading-state change, alert or exit signal of the risk engine.</summary>
    void OnRiskEvent(RiskEvent riskEvent);

    void OnSkippedIntent(SkippedIntent skipped);

    /// <summary>
    /// The kernel took the broker's truth over after a reconciliation (live and paper sessions only); a sink that keeps
    /// its own view of the account replaces it with this one. Backtests never get it, hence the empty default.
    /// </summary>
    void OnBrokerStateAdopted(BrokerStateAdopted adopted)
    {
    }

    /// <summary>
    /// A live broker's report came through the inbox and was applied (or, not fitting the order, told and ignored); a
    /// live session waits for the reports it posted before it compares its account with the broker's.
    /// </summary>
    void OnExecutionReportApplied(Inbox.ExecutionReport report)
    {
    }
}
