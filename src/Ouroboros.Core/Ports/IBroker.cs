using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Core.Ports;

/// <summary>
/// Sends orders to a venue. Acknowledgements, fills, rejections and expiries arrive later through
/// <see cref="IExecutionReports"/>, in the kernel's thread (simulated) or via the event channel (live).
/// </summary>
public interface IBroker
{
    /// <summary>Submits an order already persisted by the order manager; the client order id makes retries idempotent.</summary>
    ValueTask<BrokerResult<BrokerOrderId>> SubmitAsync(OrderRequest order, CancellationToken cancellationToken);

    ValueTask<BrokerResult<bool>> CancelAsync(ClientOrderId orderId, CancellationToken cancellationToken);
}

/// <summary>The kernel's inbox for what brokers report about orders.</summary>
public interface IExecutionReports
{
    void OnAccepted(ClientOrderId orderId, BrokerOrderId brokerOrderId);
    void OnFill(Fill fill);
    void OnRejected(ClientOrderId orderId, string reason);
    void OnCancelled(ClientOrderId orderId, string reason);
    void OnExpired(ClientOrderId orderId);

    /// <summary>For cash-amount orders: the quantity the broker actually executes.</summary>
    void OnQuantityResolved(ClientOrderId orderId, decimal quantity);
}

/// <summary>A broker that needs to see every bar (simulated brokers fill working orders against bars).</summary>
public interface IBarDrivenBroker : IBroker
{
    void Attach(IExecutionReports reports, IAccountView account);

    /// <summary>
    /// Called with all bars of a time slice before strategies see them, so orders from earlier slices fill at these
    /// bars' opens. Brokers fill sells before buys so that a rebalance frees cash before spending it.
    /// </summary>
    void OnSlice(ReadOnlySpan<Events.BarEvent> bars);

    /// <summary>Called when a time slice ends (after strategies acted), for end-of-bar fills and day expiries.</summary>
    void OnSliceEnd(DateTimeOffset time);
}
