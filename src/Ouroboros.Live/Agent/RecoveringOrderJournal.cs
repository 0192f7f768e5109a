using Ouroboros.Core.Agent;
using Ouroboros.Core.Ports;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Live.Agent;

/// <summary>
/// The session journal as the kernel's order journal. A restart re-runs what earlier runs already did, so a journaled
/// order passes again through the states that led to the one the journal holds: those writes are skipped (the row
/// is an upsert, and writing an earlier state would move it backwards, e.g. a filled order back to accepted). Once the
/// re-run reaches the journaled state the order has caught up and every later change is new and stored; a terminal
/// state the journal never saw is stored too, so the journal ends up saying what the broker was told.
/// </summary>
internal sealed class RecoveringOrderJournal(ISessionJournal journal, IReadOnlyList<OrderSnapshot> journaled) : IOrderJournal
{
    // Journaled orders the re-run has not caught up with yet.
    private readonly Dictionary<ClientOrderId, OrderSnapshot> _behind = journaled.ToDictionary(o => o.Request.Id);

    /// <summary>True while journaled orders may still be re-run (the default when the journal holds any).</summary>
    public bool Recovering { get; set; } = journaled.Count > 0;

    public int Skipped { get; private set; }

    public ValueTask AppendAsync(Order order, DateTimeOffset time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (Recovering && _behind.TryGetValue(order.Request.Id, out var known))
        {
            var caughtUp = Same(known, order);
            if (caughtUp || !order.Status.IsTerminal())
            {
                if (caughtUp) _behind.Remove(order.Request.Id);
                Skipped++;
                return ValueTask.CompletedTask;
            }
            _behind.Remove(order.Request.Id);
        }
        return journal.AppendAsync(order, time, cancellationToken);
    }

    private static bool Same(OrderSnapshot known, Order order) =>
        known.Status == order.Status && known.FilledQuantity == order.FilledQuantity && known.BrokerId == order.BrokerId;
}
