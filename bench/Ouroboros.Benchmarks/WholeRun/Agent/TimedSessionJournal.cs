using System.Diagnostics;
using Ouroboros.Core.Agent;
using Ouroboros.Core.Notifications;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Portfolio;

namespace Ouroboros.Benchmarks.WholeRun.Agent;

/// <summary>The real session journal, with each group commit timed for <see cref="SendLatencyProbe"/>.</summary>
public sealed class TimedSessionJournal(ISessionJournal inner, SendLatencyProbe probe) : ISessionJournal
{
    public string SessionId => inner.SessionId;

    public async ValueTask AppendBatchAsync(IReadOnlyList<OrderSnapshot> orders, IReadOnlyList<Fill> fills, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(orders);
        var preSend = orders.Any(o => o.Status == OrderStatus.Submitted);
        var start = Stopwatch.GetTimestamp();
        probe.CommitStarting(preSend, start);
        await inner.AppendBatchAsync(orders, fills, cancellationToken).ConfigureAwait(false);
        probe.CommitDone(preSend, start);
    }

    public ValueTask AppendAsync(Order order, DateTimeOffset time, CancellationToken cancellationToken) => inner.AppendAsync(order, time, cancellationToken);
    public ValueTask AppendFillAsync(Fill fill, CancellationToken cancellationToken) => inner.AppendFillAsync(fill, cancellationToken);
    public Task<IReadOnlyList<OrderSnapshot>> OrdersAsync(CancellationToken cancellationToken) => inner.OrdersAsync(cancellationToken);
    public Task<IReadOnlyList<Fill>> FillsAsync(CancellationToken cancellationToken) => inner.FillsAsync(cancellationToken);
    public Task CheckpointAsync(AgentCheckpoint checkpoint, CancellationToken cancellationToken) => inner.CheckpointAsync(checkpoint, cancellationToken);
    public Task<AgentCheckpoint?> LastCheckpointAsync(CancellationToken cancellationToken) => inner.LastCheckpointAsync(cancellationToken);
    public Task<IReadOnlyList<EquityPoint>> EquityAsync(CancellationToken cancellationToken) => inner.EquityAsync(cancellationToken);
    public Task<bool> TryMarkJobAsync(AgentJobRecord job, CancellationToken cancellationToken) => inner.TryMarkJobAsync(job, cancellationToken);
    public Task<IReadOnlyList<AgentJobRecord>> JobsAsync(CancellationToken cancellationToken) => inner.JobsAsync(cancellationToken);
    public Task AppendInputAsync(AgentInput input, CancellationToken cancellationToken) => inner.AppendInputAsync(input, cancellationToken);
    public Task<IReadOnlyList<AgentInput>> InputsAsync(CancellationToken cancellationToken) => inner.InputsAsync(cancellationToken);
    public Task AppendNotificationAsync(Notification notification, CancellationToken cancellationToken) => inner.AppendNotificationAsync(notification, cancellationToken);
    public Task AppendNotificationsAsync(IReadOnlyList<Notification> notifications, CancellationToken cancellationToken) => inner.AppendNotificationsAsync(notifications, cancellationToken);
    public Task<IReadOnlyList<Notification>> NotificationsAsync(int limit, CancellationToken cancellationToken) => inner.NotificationsAsync(limit, cancellationToken);
}
