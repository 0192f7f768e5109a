using Ouroboros.Core.Agent;
using Ouroboros.Core.Ports;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Live.Agent;

/// <summary>
/// The session journal as the kernel's order journal. While a restart re-runs what earlier runs already did, an order
/// the journal already holds passes again through the states that led to its journaled one: those writes are skipped
/// (writing them would move the journal back, e.g. a filled order to accepted) until the order reaches the journaled
/// state; what it does after that (an order the crash caught between two states) is stored, so the journal ends up
/// saying what the broker was told.
/// </summary>
internal sealed class RecoveringOrderJournal(ISessionJournal journal, IReadOnlyList<OrderSnapshot> journaled) : IOrderJournal
{
    private readonly Dictionary<ClientOrderId, OrderSnapshot> _journaled = journaled.ToDictionary(o => o.Request.Id);

    /// <summary>True while re-running a session whose journal already holds orders.</summary>
    public bool Recovering { get; set; } = journaled.Count > 0;

    public int Skipped { get; private set; }

    public ValueTask AppendAsync(Order order, DateTimeOffset time, CancellationToken cancellationToken)
    {
        if (Recovering && _journaled.TryGetValue(order.Request.Id, out var known))
        {
            // Caught up: from here on the order is newer than the journal.
            if (Same(known, order)) _journaled.Remove(order.Request.Id);
            Skipped++;
            return ValueTask.CompletedTask;
        }
        return journal.AppendAsync(order, time, cancellationToken);
    }

    private static bool Same(OrderSnapshot known, Order order) =>
        known.Status == order.Status && known.FilledQuantity == order.FilledQuantity && known.BrokerId == order.BrokerId;
}
