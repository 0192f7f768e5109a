using Ouroboros.Core.Notifications;
using Ouroboros.Core.Ports;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Portfolio;

namespace Ouroboros.Core.Agent;

/// <summary>
/// The durable journal of one agent session. Orders are written before they are sent (<see cref="IOrderJournal"/>:
/// one row per client order id, replaced on each change, committed with synchronous=FULL before the call returns);
/// fills are kept once per fill id, so writing one again after a restart changes nothing. Everything a restart needs
/// to continue is here.
/// </summary>
public interface ISessionJournal : IOrderJournal
{
    string SessionId { get; }

    /// <summary>Stores the fill unless a fill with its id is already stored (then nothing changes).</summary>
    ValueTask AppendFillAsync(Fill fill, CancellationToken cancellationToken);

    /// <summary>
    /// Order snapshots (upserted) and fills (kept once) in one transaction, durable when the call returns: the group
    /// commit the agent uses so that all writes of a time slice cost one disk flush.
    /// </summary>
    ValueTask AppendBatchAsync(IReadOnlyList<OrderSnapshot> orders, IReadOnlyList<Fill> fills, CancellationToken cancellationToken);

    /// <summary>Every order's latest snapshot, in creation order.</summary>
    Task<IReadOnlyList<OrderSnapshot>> OrdersAsync(CancellationToken cancellationToken);

    /// <summary>Every fill, in the order they were stored.</summary>
    Task<IReadOnlyList<Fill>> FillsAsync(CancellationToken cancellationToken);

    /// <summary>Records how far the session got (one row per checkpoint; the equity curve is read from them).</summary>
    Task CheckpointAsync(AgentCheckpoint checkpoint, CancellationToken cancellationToken);

    Task<AgentCheckpoint?> LastCheckpointAsync(CancellationToken cancellationToken);

    /// <summary>The equity at every checkpoint, oldest first.</summary>
    Task<IReadOnlyList<EquityPoint>> EquityAsync(CancellationToken cancellationToken);

    /// <summary>Marks a daily job as done; false when it was already marked (it must not run again).</summary>
    Task<bool> TryMarkJobAsync(AgentJobRecord job, CancellationToken cancellationToken);

    Task<IReadOnlyList<AgentJobRecord>> JobsAsync(CancellationToken cancellationToken);

    /// <summary>Appends an input the kernel consumed that a restart cannot derive (operator commands, live bars).</summary>
    Task AppendInputAsync(AgentInput input, CancellationToken cancellationToken);

    /// <summary>Every input, by <see cref="AgentInput.Sequence"/>.</summary>
    Task<IReadOnlyList<AgentInput>> InputsAsync(CancellationToken cancellationToken);

    Task AppendNotificationAsync(Notification notification, CancellationToken cancellationToken);

    /// <summary>Several notifications in one write, in order (a replay tells thousands: one transaction each would crawl on a busy disk).</summary>
    Task AppendNotificationsAsync(IReadOnlyList<Notification> notifications, CancellationToken cancellationToken);

    /// <summary>Newest first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<Notification>> NotificationsAsync(int limit, CancellationToken cancellationToken);
}

/// <summary>
/// The state at the end of a slice: how many slices are done, the slice's time, equity and cash, and the positions
/// as JSON (instrument → quantity). Written after each trading slice; a restart resumes after the last one.
/// </summary>
public sealed record AgentCheckpoint(long SlicesDone, DateTimeOffset SliceTime, decimal Equity, decimal Cash, string PositionsJson, DateTimeOffset WrittenAt);

/// <summary>
/// One run of a daily job: (market, trading date, kind, sequence) is unique, so a job survives a restart as done.
/// <see cref="Sequence"/> tells apart jobs that run several times a day (rescans, daily sessions); 0 otherwise.
/// </summary>
public sealed record AgentJobRecord(string Market, DateOnly TradingDate, string Kind, int Sequence, DateTimeOffset ScheduledAt, DateTimeOffset RanAt, string? Outcome);

/// <summary>
/// An input the kernel consumed that cannot be derived again (an operator command, a bar from a live feed), stored
/// with its place in the stream: it was applied after <see cref="AfterSlices"/> slices. <see cref="Payload"/> is JSON.
/// </summary>
public sealed record AgentInput(long Sequence, long AfterSlices, string Kind, DateTimeOffset Time, string Payload);
