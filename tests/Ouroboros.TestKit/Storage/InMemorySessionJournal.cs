using Ouroboros.Core.Agent;
using Ouroboros.Core.Notifications;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Portfolio;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.TestKit.Storage;

/// <summary>One session's journal in memory (see <see cref="InMemoryAgentStore"/>), held to <c>SessionJournalContract</c>.</summary>
public sealed class InMemorySessionJournal(string sessionId) : ISessionJournal
{
    private readonly Lock _gate = new();
    private readonly List<OrderSnapshot> _orders = [];
    private readonly Dictionary<ClientOrderId, int> _orderIndex = [];
    private readonly List<Fill> _fills = [];
    private readonly HashSet<FillId> _fillIds = [];
    private readonly SortedDictionary<long, AgentCheckpoint> _checkpoints = [];
    private readonly List<AgentJobRecord> _jobs = [];
    private readonly SortedDictionary<long, AgentInput> _inputs = [];
    private readonly List<Notification> _notifications = [];

    public string SessionId { get; } = sessionId;

    public ValueTask AppendAsync(Order order, DateTimeOffset time, CancellationToken cancellationToken)
    {
        var snapshot = OrderSnapshot.Of(order, time);
        lock (_gate)
        {
            if (_orderIndex.TryGetValue(snapshot.Request.Id, out var index)) _orders[index] = snapshot;
            else
            {
                _orderIndex[snapshot.Request.Id] = _orders.Count;
                _orders.Add(snapshot);
            }
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask AppendBatchAsync(IReadOnlyList<OrderSnapshot> orders, IReadOnlyList<Fill> fills, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(orders);
        ArgumentNullException.ThrowIfNull(fills);
        lock (_gate)
        {
            foreach (var snapshot in orders)
            {
                if (_orderIndex.TryGetValue(snapshot.Request.Id, out var index)) _orders[index] = snapshot;
                else
                {
                    _orderIndex[snapshot.Request.Id] = _orders.Count;
                    _orders.Add(snapshot);
                }
            }
            foreach (var fill in fills)
            {
                if (_fillIds.Add(fill.Id)) _fills.Add(fill);
            }
        }
        return ValueTask.CompletedTask;
    }

    public ValueTask AppendFillAsync(Fill fill, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fill);
        lock (_gate)
        {
            if (_fillIds.Add(fill.Id)) _fills.Add(fill);
        }

        return ValueTask.CompletedTask;
    }

    public Task<IReadOnlyList<OrderSnapshot>> OrdersAsync(CancellationToken cancellationToken)
    {
        lock (_gate) return Task.FromResult<IReadOnlyList<OrderSnapshot>>([.. _orders]);
    }

    public Task<IReadOnlyList<Fill>> FillsAsync(CancellationToken cancellationToken)
    {
        lock (_gate) return Task.FromResult<IReadOnlyList<Fill>>([.. _fills]);
    }

    public Task CheckpointAsync(AgentCheckpoint checkpoint, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        lock (_gate) _checkpoints[checkpoint.SlicesDone] = checkpoint;
        return Task.CompletedTask;
    }

    public Task<AgentCheckpoint?> LastCheckpointAsync(CancellationToken cancellationToken)
    {
        lock (_gate) return Task.FromResult(_checkpoints.Count == 0 ? null : _checkpoints.Values.Last());
    }

    public Task<IReadOnlyList<EquityPoint>> EquityAsync(CancellationToken cancellationToken)
    {
        lock (_gate) return Task.FromResult<IReadOnlyList<EquityPoint>>([.. _checkpoints.Values.Select(c => new EquityPoint(c.SliceTime, c.Equity, c.Cash))]);
    }

    public Task<bool> TryMarkJobAsync(AgentJobRecord job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentException.ThrowIfNullOrWhiteSpace(job.Market, nameof(job));
        ArgumentException.ThrowIfNullOrWhiteSpace(job.Kind, nameof(job));
        lock (_gate)
        {
            if (_jobs.Any(j => j.Market == job.Market && j.TradingDate == job.TradingDate && j.Kind == job.Kind && j.Sequence == job.Sequence))
                return Task.FromResult(false);
            _jobs.Add(job);
            return Task.FromResult(true);
        }
    }

    public Task<IReadOnlyList<AgentJobRecord>> JobsAsync(CancellationToken cancellationToken)
    {
        lock (_gate) return Task.FromResult<IReadOnlyList<AgentJobRecord>>([.. _jobs]);
    }

    public Task AppendInputAsync(AgentInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        lock (_gate) _inputs.TryAdd(input.Sequence, input);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<AgentInput>> InputsAsync(CancellationToken cancellationToken)
    {
        lock (_gate) return Task.FromResult<IReadOnlyList<AgentInput>>([.. _inputs.Values]);
    }

    public Task AppendNotificationAsync(Notification notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        lock (_gate) _notifications.Add(notification);
        return Task.CompletedTask;
    }

    public Task AppendNotificationsAsync(IReadOnlyList<Notification> notifications, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notifications);
        lock (_gate) _notifications.AddRange(notifications);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<Notification>> NotificationsAsync(int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        lock (_gate)
        {
            // Newest by time; of two at one instant, the later appended first (as the SQLite store orders by its id).
            IReadOnlyList<Notification> newest = [.. _notifications.Select((n, i) => (n, i)).OrderByDescending(x => x.n.Time).ThenByDescending(x => x.i)
                .Take(limit).Select(x => x.n)];
            return Task.FromResult(newest);
        }
    }
}
