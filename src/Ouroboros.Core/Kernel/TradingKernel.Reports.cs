using Ouroboros.Core.Ports;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Core.Kernel;

public sealed partial class TradingKernel
{
    /// <summary>Broker reports applied on the kernel's thread: state machine, portfolio, journal, strategy.</summary>
    private sealed class ExecutionInbox(TradingKernel kernel) : IExecutionReports
    {
        public void OnAccepted(ClientOrderId orderId, BrokerOrderId brokerOrderId)
        {
            var order = kernel._orders.Get(orderId);
            if (order.Status != OrderStatus.Submitted) return;
            order.MarkAccepted(brokerOrderId);
            kernel._orders.Persist(order);
        }

        public void OnFill(Fill fill)
        {
            var order = kernel._orders.Get(fill.OrderId);
            order.ApplyFill(fill.Quantity, fill.Price, fill.Fee);
            kernel._orders.Persist(order);
            var idx = kernel.IndexOf(fill.Instrument);
            var before = kernel._portfolio.QuantityOf(idx);
            var closed = kernel._portfolio.Apply(idx, fill);
            kernel.ObserveFillForRisk(idx, fill, before, closed);
            kernel._fills.Add(fill);
            if (closed is not null) kernel._trades.Add(closed);
            kernel._strategy.OnFill(fill);
        }

        public void OnRejected(ClientOrderId orderId, string reason) =>
            kernel._orders.Update(kernel._orders.Get(orderId), o => o.MarkRejected(reason));

        public void OnCancelled(ClientOrderId orderId, string reason) =>
            kernel._orders.Update(kernel._orders.Get(orderId), o => o.MarkCancelled(reason));

        public void OnExpired(ClientOrderId orderId) =>
            kernel._orders.Update(kernel._orders.Get(orderId), o => o.MarkExpired());

        public void OnQuantityResolved(ClientOrderId orderId, decimal quantity)
        {
            var order = kernel._orders.Get(orderId);
            order.ResolveQuantity(quantity);
            kernel._orders.Persist(order);
        }
    }
}
