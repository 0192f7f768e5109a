using Ouroboros.Core.Reconciliation;
using Ouroboros.Core.Sinks;
using Ouroboros.Domain.Events;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Portfolio;
using Ouroboros.Risk.Events;
using Ouroboros.Core.Kernel;

namespace Ouroboros.Core.Tests.Support;

/// <summary>A sink that keeps what the kernel said after each adoption of the broker's state, and nothing else.</summary>
internal sealed class AdoptionSink : IKernelSink
{
    public List<BrokerStateAdopted> Adopted { get; } = [];

    /// <summary>The account as the last adoption left it, as reconciliation would read it (no orders, the known fills).</summary>
    public LocalAccountSnapshot Local() =>
        new(Adopted[^1].Cash, Adopted[^1].Positions, new Dictionary<Domain.Primitives.ClientOrderId, LocalOrderState>(), Adopted[^1].KnownFills.ToHashSet());

    public void OnBrokerStateAdopted(BrokerStateAdopted adopted) => Adopted.Add(adopted);

    public void OnOrderCreated(Order order, DateTimeOffset time)
    {
    }

    public void OnOrderChanged(Order order, DateTimeOffset time)
    {
    }

    public void OnFill(Fill fill)
    {
    }

    public void OnTradeClosed(ClosedTrade trade)
    {
    }

    public void OnEquity(EquityPoint point)
    {
    }

    public void OnRiskDecision(RiskDecision decision)
    {
    }

    public void OnRiskEvent(RiskEvent riskEvent)
    {
    }

    public void OnSkippedIntent(SkippedIntent skipped)
    {
    }
}
