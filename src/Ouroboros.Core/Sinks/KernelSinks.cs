using Ouroboros.Risk.Events;
using Ouroboros.Core.Kernel;
using Ouroboros.Domain.Events;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Portfolio;

namespace Ouroboros.Core.Sinks;

/// <summary>Fans every result out to the run's sinks, in the order they were given.</summary>
public sealed class KernelSinks(IReadOnlyList<IKernelSink> sinks) : IKernelSink
{
    private readonly IKernelSink[] _sinks = [.. sinks];

    public void OnOrderCreated(Order order, DateTimeOffset time)
    {
        foreach (var s in _sinks) s.OnOrderCreated(order, time);
    }

    public void OnOrderChanged(Order order, DateTimeOffset time)
    {
        foreach (var s in _sinks) s.OnOrderChanged(order, time);
    }

    public void OnFill(Fill fill)
    {
        foreach (var s in _sinks) s.OnFill(fill);
    }

    public void OnTradeClosed(ClosedTrade trade)
    {
        foreach (var s in _sinks) s.OnTradeClosed(trade);
    }

    public void OnEquity(EquityPoint point)
    {
        foreach (var s in _sinks) s.OnEquity(point);
    }

    public void OnRiskDecision(RiskDecision decision)
    {
        foreach (var s in _sinks) s.OnRiskDecision(decision);
    }

    public void OnRiskEvent(RiskEvent riskEvent)
    {
        foreach (var s in _sinks) s.OnRiskEvent(riskEvent);
    }

    public void OnSkippedIntent(SkippedIntent skipped)
    {
        foreach (var s in _sinks) s.OnSkippedIntent(skipped);
    }

    public void OnBrokerStateAdopted(BrokerStateAdopted adopted)
    {
        foreach (var s in _sinks) s.OnBrokerStateAdopted(adopted);
    }

    public void OnExecutionReportApplied(Inbox.ExecutionReport report)
    {
        foreach (var s in _sinks) s.OnExecutionReportApplied(report);
    }
}
