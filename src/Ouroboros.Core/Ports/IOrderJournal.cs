using Ouroboros.Domain.Orders;

namespace Ouroboros.Core.Ports;

/// <summary>
/// Durable record of orders. The kernel persists every order here before it is sent to the broker and again on
/// each status change, so a crash between "decided" and "sent" is visible on restart. Implementations take the
/// snapshot they need (<see cref="OrderSnapshot.Of"/>) so that journals which keep nothing cost nothing.
/// </summary>
public interface IOrderJournal
{
    void Persist(Order order, DateTimeOffset time);
}

/// <summary>Keeps every snapshot in memory, in order (tests, and short paper sessions).</summary>
public sealed class InMemoryOrderJournal : IOrderJournal
{
    private readonly List<OrderSnapshot> _snapshots = [];

    public IReadOnlyList<OrderSnapshot> Snapshots => _snapshots;

    public void Persist(Order order, DateTimeOffset time) => _snapshots.Add(OrderSnapshot.Of(order, time));
}

/// <summary>
/// For backtests: nothing reaches a real broker and the whole run (every order's final state) is stored in one
/// transaction by the run store at the end, so intermediate states need no journal.
/// </summary>
public sealed class EndOfRunOrderJournal : IOrderJournal
{
    public static EndOfRunOrderJournal Instance { get; } = new();

    public void Persist(Order order, DateTimeOffset time)
    {
    }
}
