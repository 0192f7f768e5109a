using Ouroboros.Domain.Orders;

namespace Ouroboros.Core.Ports;

/// <summary>
/// Durable record of orders. The kernel writes every order here before it is sent to the broker (and awaits that
/// write) and again on each status change, so a crash between "decided" and "sent" is visible on restart.
/// Implementations take the snapshot they need (<see cref="OrderSnapshot.Of"/>) before returning, because the order
/// changes afterwards; journals that keep nothing then cost nothing. A write that completes synchronously keeps the
/// kernel's bar loop synchronous; one that does not is awaited before the slice closes and before the next broker call.
/// </summary>
public interface IOrderJournal
{
    ValueTask AppendAsync(Order order, DateTimeOffset time, CancellationToken cancellationToken);
}

/// <summary>Keeps every snapshot in memory, in order (tests, and short paper sessions).</summary>
public sealed class InMemoryOrderJournal : IOrderJournal
{
    private readonly List<OrderSnapshot> _snapshots = [];
    private readonly Lock _lock = new();

    public IReadOnlyList<OrderSnapshot> Snapshots
    {
        get
        {
            lock (_lock) return [.. _snapshots];
        }
    }

    public ValueTask AppendAsync(Order order, DateTimeOffset time, CancellationToken cancellationToken)
    {
        var snapshot = OrderSnapshot.Of(order, time);
        lock (_lock) _snapshots.Add(snapshot);
        return ValueTask.CompletedTask;
    }
}

/// <summary>
/// For backtests: nothing reaches a real broker and the whole run (every order's final state) is stored in one
/// transaction by the run store at the end, so intermediate states need no journal.
/// </summary>
public sealed class EndOfRunOrderJournal : IOrderJournal
{
    public static EndOfRunOrderJournal Instance { get; } = new();

    public ValueTask AppendAsync(Order order, DateTimeOffset time, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
