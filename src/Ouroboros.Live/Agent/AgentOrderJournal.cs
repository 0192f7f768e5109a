using Ouroboros.Core.Agent;
using Ouroboros.Core.Ports;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Live.Agent;

/// <summary>
/// The session journal as the kernel's order journal, with group commit: order snapshots and fills of a time slice are
/// buffered and written in one transaction when the kernel flushes (before every broker call, so an order is durable
/// before it is sent, and before the slice's checkpoint). While a restart re-runs what earlier runs already journaled,
/// a snapshot equal to the journaled one is not written again; one that differs (an order the crash caught between two
/// states) is, so the journal ends up saying what the broker was told.
/// </summary>
internal sealed class AgentOrderJournal(ISessionJournal journal, IReadOnlyList<OrderSnapshot> journaled) : IBufferedOrderJournal
{
    private readonly Dictionary<ClientOrderId, OrderSnapshot> _journaled = journaled.ToDictionary(o => o.Request.Id);
    private readonly Dictionary<ClientOrderId, int> _bufferedAt = [];
    private readonly List<OrderSnapshot> _orders = [];
    private readonly List<Fill> _fills = [];

    /// <summary>True while re-running; set false when the run passes the last checkpoint.</summary>
    public bool Recovering { get; set; }

    public int Skipped { get; private set; }

    public int Flushes { get; private set; }

    public bool HasBufferedWrites => _orders.Count > 0 || _fills.Count > 0;

    public ValueTask AppendAsync(Order order, DateTimeOffset time, CancellationToken cancellationToken)
    {
        if (Recovering && _journaled.TryGetValue(order.Request.Id, out var known) && Same(known, order))
        {
            Skipped++;
            return ValueTask.CompletedTask;
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
        Flushes++;
    }

    private static bool Same(OrderSnapshot known, Order order) =>
        known.Status == order.Status && known.FilledQuantity == order.FilledQuantity && known.BrokerId == order.BrokerId;
}
