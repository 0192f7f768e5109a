using Ouroboros.Core.Reconciliation;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Brokers.Simulated;

/// <summary>
/// The simulated broker's own books: cash, positions and every order it received with its fills, kept apart from the
/// kernel's portfolio so that reconciliation compares two independent records. Written on the kernel's thread and
/// read by the reconciliation loop, hence the lock.
/// </summary>
internal sealed class PaperLedger
{
    private readonly Lock _gate = new();
    private readonly Dictionary<InstrumentId, decimal> _positions = [];
    private readonly Dictionary<ClientOrderId, PaperOrder> _orders = [];
    private decimal _cash;
    private bool _open;

    public bool IsOpen
    {
        get { lock (_gate) return _open; }
    }

    public void Open(decimal cash, IReadOnlyDictionary<InstrumentId, decimal>? positions)
    {
        lock (_gate)
        {
            _cash = cash;
            _positions.Clear();
            if (positions is not null)
                foreach (var (instrument, quantity) in positions)
                    if (quantity != 0) _positions[instrument] = quantity;
            _open = true;
        }
    }

    public void Received(OrderRequest request, BrokerOrderId? brokerId, OrderStatus status)
    {
        lock (_gate) _orders[request.Id] = new PaperOrder(request.Id, brokerId, status, request.Quantity);
    }

    public void Resolved(ClientOrderId id, decimal quantity)
    {
        lock (_gate)
            if (_orders.TryGetValue(id, out var order)) order.Quantity = quantity;
    }

    public void Ended(ClientOrderId id, OrderStatus status)
    {
        lock (_gate)
            if (_orders.TryGetValue(id, out var order)) order.Status = status;
    }

    public void Filled(Fill fill)
    {
        lock (_gate)
        {
            // The same expression as the kernel's portfolio, so both books hold the very same decimals.
            var cashDelta = fill.Side == OrderSide.Buy ? -(fill.Notional + fill.Fee) : fill.Notional - fill.Fee;
            _cash += cashDelta;
            var quantity = _positions.GetValueOrDefault(fill.Instrument) + fill.Quantity * fill.Side.Sign();
            if (quantity == 0) _positions.Remove(fill.Instrument);
            else _positions[fill.Instrument] = quantity;
            if (_orders.TryGetValue(fill.OrderId, out var order)) order.Add(fill);
        }
    }

    public BrokerAccountSnapshot Snapshot(DateTimeOffset at)
    {
        lock (_gate)
        {
            var working = _orders.Values.Where(o => o.Status.IsWorking()).Select(o => o.ToState()).ToList();
            return new BrokerAccountSnapshot(at, _cash, new Dictionary<InstrumentId, decimal>(_positions), working);
        }
    }

    public BrokerOrderState? Order(ClientOrderId id)
    {
        lock (_gate) return _orders.TryGetValue(id, out var order) ? order.ToState() : null;
    }
}
