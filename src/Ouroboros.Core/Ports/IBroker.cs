using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Core.Ports;

/// <summary>
/// Sends orders to a venue. Acknowledgements, fills, rejections and expiries arrive later through
/// <see cref="IExecutionReports"/> on the kernel's thread (a simulated venue) or as
/// <see cref="Inbox.ExecutionReport"/>s through the kernel's inbox (live).
/// </summary>
public interface IBroker
{
    /// <summary>Submits an order already persisted by the order manager; the client order id makes retries idempotent.</summary>
    ValueTask<BrokerResult<BrokerOrderId>> SubmitAsync(OrderRequest order, CancellationToken cancellationToken);

    ValueTask<BrokerResult<bool>> CancelAsync(ClientOrderId orderId, CancellationToken cancellationToken);
}

/// <summary>What brokers report about orders, applied at once on the kernel's thread (simulated venues call it synchronously).</summary>
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
