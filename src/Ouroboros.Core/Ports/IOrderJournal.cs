using Ouroboros.Domain.Orders;

namespace Ouroboros.Core.Ports;

/// <summary>
/// Durable record of orders. The kernel persists every order here before it is sent to the broker and again on
/// each status change, so a crash between "decided" and "sent" is visible on restart.
/// </summary>
public interface IOrderJournal
{
    void Persist(OrderSnapshot snapshot);
}

/// <summary>Keeps snapshots in memory; used by backtests, whose runs are stored whole at the end.</summary>
public sealed class InMemoryOrderJournal : IOrderJournal
{
    private readonly List<OrderSnapshot> _snapshots = [];

    public IReadOnlyList<OrderSnapshot> Snapshots => _snapshots;

    public void Persist(OrderSnapshot snapshot) => _snapshots.Add(snapshot);
}
