using Ouroboros.Risk.Events;
using Ouroboros.Core.Inbox;
using Ouroboros.Core.Kernel;
using Ouroboros.Core.Ports;
using Ouroboros.Core.Strategies;
using Ouroboros.Domain.Events;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Core.Execution;

/// <summary>
/// Applies broker reports on the kernel's thread: order state machine, portfolio, risk history, sinks, strategy.
/// A simulated venue calls it synchronously; live reports come through the inbox (<see cref="Apply"/>).
/// </summary>
internal sealed class ExecutionReportHandler(KernelState state, RiskAssembly risk, IStrategy strategy) : IExecutionReports
{
    public void Apply(ExecutionReport report)
    {
        // A report about an order already forgotten (a late duplicate from a live broker) changes nothing but is not silent.
        if (!state.Orders.TryGet(report.OrderId, out var order))
        {
            Alert($"report {report.GetType().Name} for unknown or finished order {report.OrderId}; reconcile with the broker");
            return;
        }
        // A live broker may report what cannot happen to the order as the kernel knows it (a cancel after the last
        // fill, a fill beyond the quantity, a late duplicate): it is told, never applied, and reconciliation settles it.
        if (Misfit(report, order) is { } misfit)
        {
            Alert($"report {report.GetType().Name} for order {report.OrderId} ignored: {misfit}; reconcile with the broker");
            return;
        }
        switch (report)
        {
            case OrderAccepted a: OnAccepted(a.OrderId, a.BrokerOrderId); break;
            case OrderFilled f: OnFill(f.Fill); break;
            case OrderRejected r: OnRejected(r.OrderId, r.Reason); break;
            case OrderCancelled c: OnCancelled(c.OrderId, c.Reason); break;
            case OrderExpired e: OnExpired(e.OrderId); break;
            case QuantityResolved q: OnQuantityResolved(q.OrderId, q.Quantity); break;
            default: throw new ArgumentException($"Unknown execution report {report.GetType().Name}.", nameof(report));
        }
    }

    private static string? Misfit(ExecutionReport report, Order order) => report switch
    {
        OrderFilled when !order.Status.IsWorking() => $"the order is {order.Status}",
        OrderFilled f when f.Fill.Quantity > order.RemainingQuantity => $"a fill of {f.Fill.Quantity} exceeds the {order.RemainingQuantity} remaining",
        OrderRejected when !OrderStateMachine.CanTransition(order.Status, OrderStatus.Rejected) => $"the order is {order.Status}",
        OrderCancelled when !OrderStateMachine.CanTransition(order.Status, OrderStatus.Cancelled) => $"the order is {order.Status}",
        OrderExpired when !OrderStateMachine.CanTransition(order.Status, OrderStatus.Expired) => $"the order is {order.Status}",
        _ => null,
    };

    private void Alert(string message)
    {
        state.Setup.Risk.Record(new RiskEvent(state.Time.GetUtcNow(), RiskEventKind.Alert, "account", "execution_report", message, "{}"));
        risk.DrainEvents();
    }

    public void OnAccepted(ClientOrderId orderId, BrokerOrderId brokerOrderId)
    {
        var order = state.Orders.Get(orderId);
        if (order.Status != OrderStatus.Submitted) return;
        order.MarkAccepted(brokerOrderId);
        state.Orders.Persist(order);
    }

    public void OnFill(Fill fill)
    {
        var order = state.Orders.Get(fill.OrderId);
        order.ApplyFill(fill.Quantity, fill.Price, fill.Fee);
        state.Orders.Persist(order);
        var idx = state.IndexOf(fill.Instrument);
        var before = state.Portfolio.QuantityOf(idx);
        var closed = state.Portfolio.Apply(idx, fill);
        risk.ObserveFill(idx, fill, before, closed);
        state.Sinks.OnFill(fill);
        if (closed is not null) state.Sinks.OnTradeClosed(closed);
        strategy.OnFill(fill);
    }

    public void OnRejected(ClientOrderId orderId, string reason) =>
        state.Orders.Update(state.Orders.Get(orderId), o => o.MarkRejected(reason));

    public void OnCancelled(ClientOrderId orderId, string reason) =>
        state.Orders.Update(state.Orders.Get(orderId), o => o.MarkCancelled(reason));

    public void OnExpired(ClientOrderId orderId) =>
        state.Orders.Update(state.Orders.Get(orderId), static o => o.MarkExpired());

    public void OnQuantityResolved(ClientOrderId orderId, decimal quantity)
    {
        var order = state.Orders.Get(orderId);
        order.ResolveQuantity(quantity);
        state.Orders.Persist(order);
    }
}
