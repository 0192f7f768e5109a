using Ouroboros.Core.Inbox;
using Ouroboros.Core.Ports;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Core.Tests.Support;

/// <summary>
/// A market-driven venue and broker that records every call, answers submissions with a scripted result and, when told to,
/// fills the orders it accepted at the open of the next slice.
/// </summary>
internal sealed class RecordingBroker(CallLog log) : IBroker, IMarketDrivenVenue
{
    private readonly List<OrderRequest> _working = [];
    private int _sequence;
    private int _fills;

    public IExecutionReports? Reports { get; private set; }
    public IAccountView? Account { get; private set; }
    public List<OrderRequest> Submitted { get; } = [];

    /// <summary>Answers a submission; the default accepts with a broker id.</summary>
    public Func<OrderRequest, BrokerResult<BrokerOrderId>>? Respond { get; set; }

    /// <summary>Runs inside SubmitAsync, before the answer (to look at the journal at that moment).</summary>
    public Action<OrderRequest>? OnSubmit { get; set; }

    public bool FillAtNextOpen { get; set; }

    public void Attach(IExecutionReports reports, IAccountView account)
    {
        Reports = reports;
        Account = account;
        log.Add("broker.Attach");
    }

    public ValueTask<BrokerResult<BrokerOrderId>> SubmitAsync(OrderRequest order, CancellationToken cancellationToken)
    {
        log.Add($"broker.Submit {order.Id}");
        Submitted.Add(order);
        OnSubmit?.Invoke(order);
        var result = Respond?.Invoke(order) ?? BrokerResult<BrokerOrderId>.Ok(new BrokerOrderId($"B-{++_sequence}"));
        if (result.IsSuccess) _working.Add(order);
        return ValueTask.FromResult(result);
    }

    public ValueTask<BrokerResult<bool>> CancelAsync(ClientOrderId orderId, CancellationToken cancellationToken)
    {
        log.Add($"broker.Cancel {orderId}");
        var order = _working.FirstOrDefault(o => o.Id == orderId);
        if (order is not null)
        {
            _working.Remove(order);
            Reports?.OnCancelled(orderId, "cancelled on request");
        }
        return ValueTask.FromResult(BrokerResult<bool>.Ok(true));
    }

    public void OnSlice(ReadOnlySpan<KernelEvent> bars)
    {
        log.Add($"broker.OnSlice {CallLog.Stamp(bars[0].Bar.Time)} x{bars.Length}");
        if (!FillAtNextOpen) return;
        foreach (var ev in bars)
        {
            foreach (var order in _working.Where(o => o.Instrument == InstrumentOf(ev.Instrument)).ToList())
            {
                Reports!.OnFill(new Fill(new FillId($"F-{++_fills}"), order.Id, order.Instrument, order.Side, order.Quantity, ev.Bar.Open, 1m,
                    ev.Bar.Time, Liquidity.Taker));
                _working.Remove(order);
            }
        }
    }

    public void OnSliceEnd(DateTimeOffset time) => log.Add($"broker.OnSliceEnd {CallLog.Stamp(time)}");

    /// <summary>Maps instrument indexes to ids; set by the harness.</summary>
    public Func<int, InstrumentId> InstrumentOf { get; set; } = _ => throw new InvalidOperationException("no instruments");
}
