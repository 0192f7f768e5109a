using System.Globalization;
using Ouroboros.Core.Ports;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Core.Orders;

/// <summary>
/// Owns every order of a run: issues client order ids, applies broker reports through the state machine and
/// persists a snapshot on each change (the first one before the order is sent).
/// </summary>
public sealed class OrderManager(string idPrefix, IOrderJournal journal, TimeProvider clock)
{
    private readonly Dictionary<ClientOrderId, Order> _orders = [];
    private readonly List<Order> _inOrder = [];
    private long _sequence;

    public IReadOnlyList<Order> Orders => _inOrder;

    public ClientOrderId NextId() => new(string.Create(CultureInfo.InvariantCulture, $"{idPrefix}-{++_sequence:D6}"));

    public Order Track(OrderRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (_orders.ContainsKey(request.Id)) throw new InvalidOperationException($"Order {request.Id} is already tracked.");
        var order = new Order(request);
        _orders.Add(request.Id, order);
        _inOrder.Add(order);
        Persist(order);
        return order;
    }

    public Order Get(ClientOrderId id) => _orders.TryGetValue(id, out var o) ? o : throw new KeyNotFoundException($"Unknown order {id}.");

    public void Update(Order order, Action<Order> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        change(order);
        Persist(order);
    }

    public void Persist(Order order) => journal.Persist(order, clock.GetUtcNow());

    public IReadOnlyList<OrderSnapshot> Snapshots()
    {
        var now = clock.GetUtcNow();
        return [.. _inOrder.Select(o => OrderSnapshot.Of(o, now))];
    }
}
