using Ouroboros.Brokers.Bybit.Http;
using Ouroboros.Brokers.Bybit.Trading;
using Ouroboros.Core.Inbox;
using Ouroboros.Core.Ports;
using Ouroboros.Core.Reconciliation;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Brokers.Bybit.Broker;

/// <summary>
/// Fills, cancels and refusals of the agent's working orders. Each look-up reads the order first and its executions
/// second, so an order seen ended has all its executions in the list that follows. A fill is one execution (its execId
/// is the fill id), so hearing the same execution twice, or after a restart, tells it once.
/// </summary>
public sealed partial class BybitBroker
{
    private async Task PollLoopAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(_options.FillPollInterval, _time, stop).ConfigureAwait(false);
                await PollOnceAsync(stop).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
        }
    }

    /// <summary>One look-up of every working order; a failed look-up tells nothing (the next one tries again).</summary>
    public async Task PollOnceAsync(CancellationToken cancellationToken)
    {
        foreach (var order in _orders.Working)
        {
            var view = await _client.FindOrderAsync(order.Instrument.Symbol, order.Request.Id.Value, cancellationToken).ConfigureAwait(false);
            if (!view.IsSuccess || view.Value is null)
            {
                BybitLog.LookupFailed(_client.Log, order.Request.Id.Value, view.Error?.Message ?? "Bybit does not list it");
                continue;
            }
            var executions = await _client.GetExecutionsAsync(order.Instrument.Symbol, order.Request.Id.Value, cancellationToken).ConfigureAwait(false);
            if (!executions.IsSuccess)
            {
                BybitLog.LookupFailed(_client.Log, order.Request.Id.Value, executions.Error!.Message);
                continue;
            }
            foreach (var fill in NewFills(order, executions.Value!)) _reports.Writer.TryWrite(new OrderFilled(fill));
            Conclude(order, view.Value);
        }
    }

    /// <summary>The order's trade executions not yet told, marking them told; those a journal already holds are skipped silently.</summary>
    private IReadOnlyList<Fill> NewFills(BybitOrderRef order, IReadOnlyList<BybitExecution> executions)
    {
        var fills = new List<Fill>();
        var seen = 0m;
        foreach (var execution in executions.Where(e => e.ExecType == "Trade"))
        {
            seen += execution.Quantity;
            if (!order.ReportedExecIds.Add(execution.ExecId)) continue;
            if (seen <= order.JournaledQuantity) continue;
            fills.Add(FillOf(order.Request, order.Instrument, execution));
            order.ReportedQuantity += execution.Quantity;
        }
        return fills;
    }

    private void Conclude(BybitOrderRef order, BybitOrder view)
    {
        if (order.ReportedQuantity >= order.Quantity)
        {
            order.Ended = true;
            return;
        }
        // An ended order whose executions have not all been listed yet is looked up again.
        if (!view.Ended || view.CumExecQty > order.ReportedQuantity) return;
        order.Ended = true;
        var now = _time.GetUtcNow();
        _reports.Writer.TryWrite(view.Status == "Rejected"
            ? new OrderRejected(order.Request.Id, $"Bybit rejected order {order.Request.Id} ({view.RejectReason})", now)
            : new OrderCancelled(order.Request.Id, $"Bybit ended order {order.Request.Id} as {view.Status} with {view.CumExecQty} of {order.Quantity} filled; the rest is cancelled", now));
    }

    /// <summary>
    /// A Bybit execution as the kernel's fill. Bybit pays makers a rebate as a negative fee; the kernel's fills carry no
    /// negative fee, so a rebate is taken as zero (the account's balance still shows it).
    /// </summary>
    private static Fill FillOf(OrderRequest request, BybitInstrument instrument, BybitExecution execution) =>
        new(new FillId(execution.ExecId), request.Id, instrument.Id, execution.Side, execution.Quantity, execution.Price,
            Math.Max(0m, execution.Fee), execution.Time, execution.IsMaker ? Liquidity.Maker : Liquidity.Taker);

    /// <summary>An order as the reconciler sees it, with every trade execution Bybit lists for it.</summary>
    private static BrokerOrderState StateOf(BybitOrder view, OrderRequest? request, BybitInstrument? instrument, IReadOnlyList<BybitExecution> executions)
    {
        var id = view.OrderLinkId.Length > 0 ? new ClientOrderId(view.OrderLinkId) : new ClientOrderId($"bybit-{view.OrderId}");
        var fills = request is not null && instrument is not null
            ? executions.Where(e => e.ExecType == "Trade").Select(e => FillOf(request, instrument, e)).ToList()
            : [];
        return new BrokerOrderState(id, new BrokerOrderId(view.OrderId), view.KernelStatus, view.CumExecQty, fills);
    }
}
