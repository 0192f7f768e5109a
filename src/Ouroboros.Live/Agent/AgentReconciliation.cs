using Microsoft.Extensions.Logging;
using Ouroboros.Core.Faults;
using Ouroboros.Core.Inbox;
using Ouroboros.Core.Notifications;
using Ouroboros.Core.Reconciliation;
using Ouroboros.Live.Reconciliation;

namespace Ouroboros.Live.Agent;

/// <summary>
/// The agent's reconciliation: once when trading starts (after a restart's re-run) and then every interval of the
/// machine's clock, the agent's account is compared with the broker's. Differences are told to the operator; a query
/// that fails is unknown, never empty, and blocks new entries until a reconcile succeeds (the kernel gets a
/// <see cref="BlockEntriesCommand"/>, journaled like any operator input so that a restart re-applies it in place).
/// </summary>
internal sealed class AgentReconciliation : IReconcileObserver
{
    private readonly ReconciliationLoop _loop;
    private readonly Action<Notification>? _notify;
    private readonly TimeProvider _wall;
    private readonly TimeSpan _interval;
    private readonly ICrashPoints _crash;
    private long? _last;
    private bool _told;
    private DateTimeOffset _at;

    public AgentReconciliation(IBrokerAccount broker, SessionRecorder recorder, Action<Notification>? notify, TimeProvider wall, TimeSpan interval,
        ICrashPoints crash, ILogger<ReconciliationLoop> logger)
    {
        _notify = notify;
        _wall = wall;
        _interval = interval;
        _crash = crash;
        _loop = new ReconciliationLoop(broker, recorder.LocalSnapshot, this, wall, new ReconciliationLoopOptions(interval), logger);
    }

    /// <summary>A journaled block or unblock was re-applied by a restart: the kernel's entry block is that now.</summary>
    public void KernelWasTold(bool blocked) => _told = blocked;

    /// <summary>Reconciles when due (or now); returns the command that changes the entry block, if it changes.</summary>
    public async Task<BlockEntriesCommand?> ReconcileIfDueAsync(DateTimeOffset at, bool now, CancellationToken cancellationToken)
    {
        var stamp = _wall.GetTimestamp();
        if (!now && _last is { } last && _wall.GetElapsedTime(last, stamp) < _interval) return null;
        _last = stamp;
        _at = at;
        await _loop.ReconcileOnceAsync(cancellationToken).ConfigureAwait(false);
        _crash.Hit(CrashPointNames.ReconcileAfterQuery);
        var blocked = _loop.EntriesBlocked;
        if (blocked == _told) return null;
        _told = blocked;
        return new BlockEntriesCommand(blocked, "reconciliation",
            blocked ? $"the account's state at the broker is unknown: {_loop.BlockReason}" : "reconciled with the broker again", at);
    }

    public void OnMatched(ReconcileReport report)
    {
    }

    public void OnDifferences(ReconcileReport report)
    {
        foreach (var d in report.Differences)
            _notify?.Invoke(new Notification(_at, NotificationKind.ReconciliationDifference, NotificationSeverity.Warning,
                $"{d.Message}; {d.Resolution.Description}", null, d.Instrument?.Value, d.OrderId?.Value));
    }

    public void OnUnknown(string reason) =>
        _notify?.Invoke(new Notification(_at, NotificationKind.ReconciliationDifference, NotificationSeverity.Critical,
            $"reconciliation failed, new entries are blocked until it succeeds: {reason}"));
}
