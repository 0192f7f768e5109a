using System.Globalization;
using Microsoft.Extensions.Logging;
using Ouroboros.Core.Faults;
using Ouroboros.Core.Inbox;
using Ouroboros.Core.Notifications;
using Ouroboros.Core.Reconciliation;
using Ouroboros.Live.Reconciliation;

namespace Ouroboros.Live.Agent;

/// <summary>
/// The agent's reconciliation: once when trading starts (after a restart's re-run) and then every interval of the
/// machine's clock, the agent's account is compared with the broker's. Differences are adopted: the kernel gets an
/// <see cref="AdoptBrokerStateCommand"/> with the broker's figures, and the operator is told what was adopted. A query
/// that fails is unknown, never empty: it adopts nothing and blocks new entries until a reconcile succeeds (the kernel
/// gets a <see cref="BlockEntriesCommand"/>). Both are journaled like any operator input so that a restart re-applies
/// them in place.
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
    private AdoptBrokerStateCommand? _adoption;
    private readonly HashSet<string> _externalOrders = new(StringComparer.Ordinal);
    private ReconcileReport? _differences;
    private bool _deferred;

    /// <summary>The broker is outside the process: its reports can be on the way when its account is read.</summary>
    private readonly bool _reportsInFlight;

    public AgentReconciliation(IBrokerAccount broker, SessionRecorder recorder, Action<Notification>? notify, TimeProvider wall, TimeSpan interval,
        ICrashPoints crash, ILogger<ReconciliationLoop> logger, bool reportsInFlight = false)
    {
        _reportsInFlight = reportsInFlight;
        _notify = notify;
        _wall = wall;
        _interval = interval;
        _crash = crash;
        _loop = new ReconciliationLoop(broker, recorder.LocalSnapshot, this, wall, new ReconciliationLoopOptions(interval), logger);
    }

    /// <summary>A journaled block or unblock was re-applied by a restart: the kernel's entry block is that now.</summary>
    public void KernelWasTold(bool blocked) => _told = blocked;

    /// <summary>
    /// Reconciles when due (or now); returns what the kernel must be told, in order: the broker's state to adopt when the
    /// account differs, then the change of the entry block, if it changes. An unknown outcome adopts nothing.
    /// </summary>
    public async Task<IReadOnlyList<OperatorCommand>> ReconcileIfDueAsync(DateTimeOffset at, bool now, CancellationToken cancellationToken)
    {
        var stamp = _wall.GetTimestamp();
        if (!now && _last is { } last && _wall.GetElapsedTime(last, stamp) < _interval) return [];
        _last = stamp;
        _at = at;
        _adoption = null;
        _differences = null;
        await _loop.ReconcileOnceAsync(cancellationToken).ConfigureAwait(false);
        _crash.Hit(CrashPointNames.ReconcileAfterQuery);
        if (_differences is { } differences)
        {
            // The broker knows of fills of our working orders that we have not heard yet: their reports are likely on
            // the way, so the figures are compared again at the next chance before anything is adopted (once: a report
            // that never comes is adopted then).
            if (_reportsInFlight && !_deferred && differences.Differences.Any(d => d.Kind is ReconcileDifferenceKind.FillMissingLocally or ReconcileDifferenceKind.OrderStatusDiffers))
            {
                _deferred = true;
                _last = null;
                return [];
            }
            Adopt(differences);
        }
        _deferred = false;
        var commands = new List<OperatorCommand>(2);
        if (_adoption is { } adoption) commands.Add(adoption);
        var blocked = _loop.EntriesBlocked;
        if (blocked == _told) return commands;
        _told = blocked;
        commands.Add(new BlockEntriesCommand(blocked, "reconciliation",
            blocked ? $"the account's state at the broker is unknown: {_loop.BlockReason}" : "reconciled with the broker again", at));
        return commands;
    }

    public void OnMatched(ReconcileReport report)
    {
    }

    public void OnDifferences(ReconcileReport report) => _differences = report;

    /// <summary>The broker's truth becomes an adoption for the kernel; each difference is told with what was adopted.</summary>
    private void Adopt(ReconcileReport report)
    {
        var adoption = BrokerAdoption.From(report);
        if (!adoption.IsEmpty)
            _adoption = new AdoptBrokerStateCommand(adoption, "reconciliation",
                string.Create(CultureInfo.InvariantCulture, $"the broker's account differed from ours in {report.Differences.Count} ways; its figures were adopted"), _at);
        foreach (var d in report.Differences)
        {
            // The broker lists an external order at every reconciliation until it ends: told once.
            if (d.Kind == ReconcileDifferenceKind.OrderUnknownLocally && !_externalOrders.Add(d.Subject)) continue;
            _notify?.Invoke(new Notification(_at, NotificationKind.ReconciliationDifference, NotificationSeverity.Warning,
                AdoptionNotices.Of(d), null, d.Instrument?.Value, d.OrderId?.Value));
        }
    }

    public void OnUnknown(string reason) =>
        _notify?.Invoke(new Notification(_at, NotificationKind.ReconciliationDifference, NotificationSeverity.Critical,
            $"reconciliation failed, new entries are blocked until it succeeds: {reason}"));
}
