using Ouroboros.Core.Agent;
using Ouroboros.Core.Ports;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Live.Agent;

/// <summary>
/// The session journal as the kernel's order journal. A restart re-runs what earlier runs already did, and each order
/// passes again through the states it went through then. The journal holds each order's latest state, so while the
/// re-run has not yet brought an order to that state its writes are skipped (they would put the journal back in time,
/// and no fsync per replayed order); from the write that reaches it (skipped too: it is there) or goes past it (an
/// order the crash caught between two states: stored) on, the order is written as usual. Orders the journal does not
/// hold are always written.
/// </summary>
internal sealed class RecoveringOrderJournal(ISessionJournal journal, IReadOnlyList<OrderSnapshot> journaled) : IOrderJournal
{
    // Orders whose journaled state the re-run has not reached yet (one thread: the kernel's).
    private readonly Dictionary<ClientOrderId, OrderSnapshot> _ahead = journaled.ToDictionary(o => o.Request.Id);

    public int Skipped { get; private set; }

    public ValueTask AppendAsync(Order order, DateTimeOffset time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (_ahead.TryGetValue(order.Request.Id, out var known))
        {
            if (Same(known, order))
            {
                _ahead.Remove(order.Request.Id);
                Skipped++;
                return ValueTask.CompletedTask;
            }
            if (!Past(known, order))
            {
                Skipped++;
                return ValueTask.CompletedTask;
            }
            _ahead.Remove(order.Request.Id);
        }
        return journal.AppendAsync(order, time, cancellationToken);
    }

    private static bool Same(OrderSnapshot known, Order order) =>
        known.Status == order.Status && known.FilledQuantity == order.FilledQuantity && known.BrokerId == order.BrokerId;

    /// <summary>Later in the order's life than the journaled state: more filled, or a later status (the enum is in life-cycle order).</summary>
    private static bool Past(OrderSnapshot known, Order order) =>
        order.FilledQuantity > known.FilledQuantity
        || (order.FilledQuantity == known.FilledQuantity && !known.Status.IsTerminal() && order.Status > known.Status);
}
