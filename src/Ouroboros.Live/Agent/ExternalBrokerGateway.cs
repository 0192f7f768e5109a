using Ouroboros.Core.Inbox;
using Ouroboros.Core.Ports;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Live.Agent;

/// <summary>
/// The kernel's way to a broker outside the process. A restart re-runs the session's journal, and the kernel makes
/// the same orders again: one the journal holds as acknowledged is answered from the journal (its fills come back as
/// journaled reports), one it holds as refused is refused again, and one persisted but never acknowledged (the process
/// died between sending and hearing back) is looked for at the broker first: found, it is adopted with the fills the
/// broker reports; not there, it is sent now; unknown (the query failed), it is not sent, and the operator is told.
/// So no order reaches the broker twice.
/// </summary>
internal sealed class ExternalBrokerGateway(AgentBroker broker, IReadOnlyDictionary<ClientOrderId, OrderSnapshot> journaled, Action<ExecutionReport> recovered)
    : IBroker
{
    public async ValueTask<BrokerResult<BrokerOrderId>> SubmitAsync(OrderRequest order, CancellationToken cancellationToken)
    {
        if (!journaled.TryGetValue(order.Id, out var known)) return await SendAsync(order, cancellationToken).ConfigureAwait(false);
        if (known.BrokerId is { } sent)
        {
            (broker.Broker as IOrderIdMap)?.Remember(known);
            // Still working as the journal last saw it: reports the broker sent while the process was dying may be lost,
            // so what the broker says of it now is heard again (reports already journaled are heard once).
            if (known.Status.IsWorking() && await broker.Account.FindSentOrderAsync(order, cancellationToken).ConfigureAwait(false) is { IsSuccess: true, Value: { } now })
                Recover(order, now);
            return BrokerResult<BrokerOrderId>.Ok(sent);
        }
        if (known.Status == OrderStatus.Rejected) return BrokerResult<BrokerOrderId>.Fail(BrokerErrorKind.Rejected, known.Reason ?? "refused by the broker");
        var found = await broker.Account.FindSentOrderAsync(order, cancellationToken).ConfigureAwait(false);
        if (!found.IsSuccess)
            return BrokerResult<BrokerOrderId>.Fail(BrokerErrorKind.Unknown,
                $"could not find out whether order {order.Id} reached {broker.Name} before the restart ({found.Error!.Kind}: {found.Error.Message}); "
                + "it is not sent again, and reconciliation settles it");
        if (found.Value is not { } state) return await SendAsync(order, cancellationToken).ConfigureAwait(false);
        var id = state.BrokerOrderId ?? new BrokerOrderId(order.Id.Value);
        // The broker's reports of this order were lost with the process; what it says now is journaled like any report.
        Recover(order, state);
        return BrokerResult<BrokerOrderId>.Ok(id);
    }

    /// <summary>
    /// Sends an order; when the answer is lost (Unknown: a timeout, a dropped connection), the broker is asked at once
    /// whether it has the order, so that one that reached it is known as sent, with its fills, instead of as refused.
    /// </summary>
    private async ValueTask<BrokerResult<BrokerOrderId>> SendAsync(OrderRequest order, CancellationToken cancellationToken)
    {
        var sent = await broker.Broker.SubmitAsync(order, cancellationToken).ConfigureAwait(false);
        if (sent.IsSuccess || sent.Error!.Kind != BrokerErrorKind.Unknown) return sent;
        var found = await broker.Account.FindSentOrderAsync(order, cancellationToken).ConfigureAwait(false);
        if (!found.IsSuccess || found.Value is not { } state) return sent;
        Recover(order, state);
        return BrokerResult<BrokerOrderId>.Ok(state.BrokerOrderId ?? new BrokerOrderId(order.Id.Value));
    }

    private void Recover(OrderRequest order, Core.Reconciliation.BrokerOrderState state)
    {
        foreach (var fill in state.Fills) recovered(new OrderFilled(fill));
        if (state.Status is OrderStatus.Cancelled) recovered(new OrderCancelled(order.Id, "cancelled at the broker while the agent was down", order.CreatedAt));
        if (state.Status is OrderStatus.Expired) recovered(new OrderExpired(order.Id, order.CreatedAt));
        if (state.Status is OrderStatus.Rejected) recovered(new OrderRejected(order.Id, "refused by the broker while the agent was down", order.CreatedAt));
    }

    public ValueTask<BrokerResult<bool>> CancelAsync(ClientOrderId orderId, CancellationToken cancellationToken) =>
        broker.Broker.CancelAsync(orderId, cancellationToken);
}
