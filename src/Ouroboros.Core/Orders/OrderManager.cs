using Ouroboros.Core.Ports;
using Ouroboros.Core.Sinks;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Core.Orders;

/// <summary>
/// Owns the orders of a session that still matter: issues client order ids, journals every order on creation and on
/// each change and tells the sinks. Finished orders are forgotten at the next slice boundary (<see cref="ForgetFinished"/>),
/// so a session of months holds only its working orders. Journal writes that do not complete synchronously are
/// collected; <see cref="FlushAsync"/> awaits them, and the kernel calls it before every broker call and slice close.
/// </summary>
public sealed class OrderManager(ClientOrderIdGenerator ids, IOrderJournal journal, TimeProvider clock, IKernelSink sink)
{
    private readonly Dictionary<ClientOrderId, Order> _orders = [];
    private readonly List<ClientOrderId> _finished = [];
    private readonly List<ValueTask> _pendingWrites = [];
    private readonly IBufferedOrderJournal? _buffered = journal as IBufferedOrderJournal;

    /// <summary>Orders held: the working ones plus those finished since the last slice boundary.</summary>
    public int Count => _orders.Count;

    /// <summary>True when a journal write has not completed yet: nothing may reach the broker until it has.</summary>
    public bool HasPendingWrites => _pendingWrites.Count > 0 || (_buffered is { HasBufferedWrites: true });

    public ClientOrderId NextId() => ids.Next();

    /// <summary>Starts tracking an order and journals it; <see cref="FlushAsync"/> before sending it.</summary>
    public Order Track(OrderRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (_orders.ContainsKey(request.Id)) throw new InvalidOperationException($"Order {request.Id} is already tracked.");
        var order = new Order(request);
        _orders.Add(request.Id, order);
        var now = clock.GetUtcNow();
        sink.OnOrderCreated(order, now);
        Write(order, now);
        return order;
    }

    public Order Get(ClientOrderId id) => _orders.TryGetValue(id, out var o) ? o : throw new KeyNotFoundException($"Unknown order {id}.");

    public bool TryGet(ClientOrderId id, out Order order) => _orders.TryGetValue(id, out order!);

    public void Update(Order order, Action<Order> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        change(order);
        Persist(order);
    }

    /// <summary>Journals the order's current state and tells the sinks.</summary>
    public void Persist(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);
        var now = clock.GetUtcNow();
        Write(order, now);
        sink.OnOrderChanged(order, now);
        if (order.Status.IsTerminal()) _finished.Add(order.Request.Id);
    }

    /// <summary>Awaits every journal write that has not completed yet (completes at once when there is none).</summary>
    public ValueTask FlushAsync() => HasPendingWrites ? FlushPendingAsync() : ValueTask.CompletedTask;

    /// <summary>True when orders finished since the last <see cref="ForgetFinished"/>.</summary>
    public bool HasFinished => _finished.Count > 0;

    /// <summary>Drops finished orders: called at slice boundaries, when no report of the slice can still refer to them.</summary>
    public void ForgetFinished()
    {
        if (_finished.Count == 0) return;
        foreach (var id in _finished)
        {
            if (_orders.TryGetValue(id, out var o) && o.Status.IsTerminal()) _orders.Remove(id);
        }
        _finished.Clear();
    }

    /// <summary>The orders that may still fill, in no particular order (for the kill switch).</summary>
    public List<Order> Working()
    {
        var working = new List<Order>();
        foreach (var o in _orders.Values)
        {
            if (o.Status.IsWorking()) working.Add(o);
        }
        // Creation order, as ids are issued with increasing sequence numbers (shorter first: "x-9" before "x-10").
        working.Sort(static (a, b) => a.Request.Id.Value.Length != b.Request.Id.Value.Length
            ? a.Request.Id.Value.Length.CompareTo(b.Request.Id.Value.Length)
            : string.CompareOrdinal(a.Request.Id.Value, b.Request.Id.Value));
        return working;
    }

    // A write once started is not cancelled: the journal must end up saying what the broker was told.
    private void Write(Order order, DateTimeOffset now)
    {
        var write = journal.AppendAsync(order, now, CancellationToken.None);
        if (!write.IsCompletedSuccessfully) _pendingWrites.Add(write);
    }

    private async ValueTask FlushPendingAsync()
    {
        // Awaited one by one, in order; each ValueTask is awaited exactly once.
        for (var i = 0; i < _pendingWrites.Count; i++) await _pendingWrites[i].ConfigureAwait(false);
        _pendingWrites.Clear();
        if (_buffered is { HasBufferedWrites: true }) await _buffered.FlushAsync(CancellationToken.None).ConfigureAwait(false);
    }
}
