using Ouroboros.Core.Agent;
using Ouroboros.Core.Ports;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Live.Agent;

/// <summary>
/// The session journal as the kernel's order journal, with group commit: order snapshots and fills of a time slice are
/// buffered and written in one transaction when the kernel flushes (before every broker call, so an order is durable
/// before it is sent, and before the slice's checkpoint). A restart re-runs what earlier runs already did, and each order
/// passes again through the states it went through then. The journal holds each order's latest state, so while the
/// re-run has not yet brought an order to that state its writes are skipped (they would put the journal back in time);
/// from the write that reaches it (skipped too: it is there) or goes past it (an order the crash caught between two
/// states: stored) on, the order is written as usual. Orders the journal does not hold are always written.
/// </summary>
internal sealed class AgentOrderJournal(ISessionJournal journal, IReadOnlyList<OrderSnapshot> journaled) : IBufferedOrderJournal
{
    // Orders whose journaled state the re-run has not reached yet (one thread: the kernel's).
    private readonly Dictionary<ClientOrderId, OrderSnapshot> _ahead = journaled.ToDictionary(o => o.Request.Id);
    private readonly Dictionary<ClientOrderId, int> _bufferedAt = [];
    private readonly List<OrderSnapshot> _orders = [];
    private readonly List<Fill> _fills = [];

    public int Skipped { get; private set; }

    public bool HasBufferedWrites => _orders.Count > 0 || _fills.Count > 0;

    public ValueTask AppendAsync(Order order, DateTimeOffset time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (_ahead.TryGetValue(order.Request.Id, out var known))
        {
            if (Same(known, order) || !Past(known, order))
            {
                if (Same(known, order)) _ahead.Remove(order.Request.Id);
                Skipped++;
                return ValueTask.CompletedTask;
            }
            _ahead.Remove(order.Request.Id);
        }
        // The order changes afterwards: keep its state now. A later state of the same order replaces it in the buffer.
        var snapshot = OrderSnapshot.Of(order, time);
        if (_bufferedAt.TryGetValue(order.Request.Id, out var at)) _orders[at] = snapshot;
        else
        {
            _bufferedAt[order.Request.Id] = _orders.Count;
            _orders.Add(snapshot);
        }
        return ValueTask.CompletedTask;
    }

    /// <summary>A fill to store with the next flush (before the slice's checkpoint).</summary>
    public void AddFill(Fill fill) => _fills.Add(fill);

    public async ValueTask FlushAsync(CancellationToken cancellationToken)
    {
        if (!HasBufferedWrites) return;
        await journal.AppendBatchAsync([.. _orders], [.. _fills], cancellationToken).ConfigureAwait(false);
        _orders.Clear();
        _fills.Clear();
        _bufferedAt.Clear();
    }

    private static bool Same(OrderSnapshot known, Order order) =>
        known.Status == order.Status && known.FilledQuantity == order.FilledQuantity && known.BrokerId == order.BrokerId;

    /// <summary>Later in the order's life than the journaled state: more filled, or a later status (the enum is in life-cycle order).</summary>
    private static bool Past(OrderSnapshot known, Order order) =>
        order.FilledQuantity > known.FilledQuantity
        || (order.FilledQuantity == known.FilledQuantity && !known.Status.IsTerminal() && order.Status > known.Status);
}
