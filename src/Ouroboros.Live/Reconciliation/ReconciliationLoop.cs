using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Ouroboros.Core.Ports;
using Ouroboros.Core.Reconciliation;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Live.Reconciliation;

/// <summary>
/// Reconciles the agent's account with the broker's once at start and then every interval: cash, positions, working
/// orders and fills (our working orders the broker no longer lists are looked up by client order id). A failed or
/// partial query, retried a few times, makes the outcome unknown, never empty: new entries stay blocked from then (and
/// from construction) until a reconciliation succeeds. Nothing escapes the loop but cancellation's end.
/// Calls of <see cref="ReconcileOnceAsync"/> must not overlap; <see cref="RunAsync"/> makes them one after another.
/// </summary>
public sealed partial class ReconciliationLoop
{
    private const string NotYet = "not reconciled with the broker yet";

    private readonly IBrokerAccount _broker;
    private readonly Func<LocalAccountSnapshot> _local;
    private readonly IReconcileObserver _observer;
    private readonly TimeProvider _clock;
    private readonly ReconciliationLoopOptions _options;
    private readonly ILogger _logger;
    private readonly Lock _gate = new();
    private string? _blockReason = NotYet;
    private ReconcileOutcome? _last;

    public ReconciliationLoop(IBrokerAccount broker, Func<LocalAccountSnapshot> local, IReconcileObserver observer, TimeProvider clock,
        ReconciliationLoopOptions options, ILogger<ReconciliationLoop>? logger = null)
    {
        _broker = broker ?? throw new ArgumentNullException(nameof(broker));
        _local = local ?? throw new ArgumentNullException(nameof(local));
        _observer = observer ?? throw new ArgumentNullException(nameof(observer));
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _logger = logger ?? NullLogger<ReconciliationLoop>.Instance;
    }

    /// <summary>True until the first successful reconciliation and from any unknown outcome until the next success.</summary>
    public bool EntriesBlocked
    {
        get { lock (_gate) return _blockReason is not null; }
    }

    /// <summary>Why new entries are blocked, for the operator; null when they are not.</summary>
    public string? BlockReason
    {
        get { lock (_gate) return _blockReason; }
    }

    /// <summary>The latest outcome; null before the first reconciliation.</summary>
    public ReconcileOutcome? LastOutcome
    {
        get { lock (_gate) return _last; }
    }

    /// <summary>Reconciles now and every <see cref="ReconciliationLoopOptions.Interval"/> until cancelled; returns on cancellation.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                await ReconcileOnceAsync(cancellationToken).ConfigureAwait(false);
                await Task.Delay(_options.Interval, _clock, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Cancellation is how the loop ends.
        }
    }

    /// <summary>One reconciliation: the outcome is recorded, told to the observer and returned. Throws only when cancelled.</summary>
    public async Task<ReconcileOutcome> ReconcileOnceAsync(CancellationToken cancellationToken)
    {
        ReconcileOutcome outcome;
        try
        {
            outcome = await CompareAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // A bug in an adapter or in the snapshot must block entries, not kill the agent.
        catch (Exception e)
#pragma warning restore CA1031
        {
            LogFailed(_logger, e);
            outcome = ReconcileOutcome.Unknown(Say($"reconciliation failed ({e.GetType().Name}: {e.Message}); new entries stay blocked until a reconciliation succeeds"));
        }
        Record(outcome);
        Tell(outcome);
        return outcome;
    }

    private async Task<ReconcileOutcome> CompareAsync(CancellationToken cancellationToken)
    {
        var (account, accountTries) = await WithRetriesAsync(() => _broker.QueryAccountAsync(cancellationToken), cancellationToken).ConfigureAwait(false);
        if (!account.IsSuccess || account.Value is null)
            return ReconcileOutcome.Unknown(Unreadable("the broker's account", account.Error, accountTries));
        var broker = account.Value;
        var local = _local();
        var listed = broker.WorkingOrders.Select(o => o.OrderId).ToHashSet();
        var lookups = new Dictionary<ClientOrderId, BrokerOrderState?>();
        foreach (var (id, order) in local.WorkingOrders)
        {
            if (listed.Contains(id) || !order.Status.IsWorking()) continue;
            var (answer, tries) = await WithRetriesAsync(() => _broker.QueryOrderAsync(id, cancellationToken), cancellationToken).ConfigureAwait(false);
            if (!answer.IsSuccess) return ReconcileOutcome.Unknown(Unreadable(Say($"order {id} at the broker"), answer.Error, tries));
            lookups[id] = answer.Value;
        }
        return ReconcileOutcome.Of(Reconciler.Compare(local, broker, _options.Tolerances, lookups));
    }

    private async Task<(BrokerResult<T> Result, int Tries)> WithRetriesAsync<T>(Func<ValueTask<BrokerResult<T>>> query, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var result = await query().ConfigureAwait(false);
            if (result.IsSuccess || attempt >= _options.Attempts || !Retryable(result.Error!.Kind)) return (result, attempt);
            await Task.Delay(_options.RetryDelay * attempt, _clock, cancellationToken).ConfigureAwait(false);
        }
    }

    private static bool Retryable(BrokerErrorKind kind) => kind is BrokerErrorKind.Network or BrokerErrorKind.RateLimited or BrokerErrorKind.Unknown;

    private static string Unreadable(string what, BrokerError? error, int tries)
    {
        var why = error is null ? "no answer" : Say($"{error.Kind}: {error.Message}");
        var attempts = tries == 1 ? "1 attempt" : Say($"{tries} attempts");
        return Say($"{what} could not be read after {attempts} ({why}); new entries stay blocked until a reconciliation succeeds");
    }

    private void Record(ReconcileOutcome outcome)
    {
        lock (_gate)
        {
            _last = outcome;
            _blockReason = outcome.IsKnown ? null : outcome.Reason;
        }
    }

    private void Tell(ReconcileOutcome outcome)
    {
        try
        {
            switch (outcome.Kind)
            {
                case ReconcileOutcomeKind.Matched:
                    _observer.OnMatched(outcome.Report!);
                    break;
                case ReconcileOutcomeKind.Differences:
                    LogDifferences(_logger, outcome.Report!.Differences.Count, outcome.Report.Describe());
                    _observer.OnDifferences(outcome.Report);
                    break;
                default:
                    LogUnknown(_logger, outcome.Reason!);
                    _observer.OnUnknown(outcome.Reason!);
                    break;
            }
        }
#pragma warning disable CA1031 // An observer's bug is logged; the next reconciliation still runs.
        catch (Exception e)
#pragma warning restore CA1031
        {
            LogObserverFailed(_logger, e, outcome.Kind);
        }
    }

    private static string Say(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    [LoggerMessage(EventId = 400, Level = LogLevel.Warning, Message = "Reconciliation found {Count} differences:\n{Differences}")]
    private static partial void LogDifferences(ILogger logger, int count, string differences);

    [LoggerMessage(EventId = 401, Level = LogLevel.Warning, Message = "Reconciliation unknown: {Reason}")]
    private static partial void LogUnknown(ILogger logger, string reason);

    [LoggerMessage(EventId = 402, Level = LogLevel.Error, Message = "Reconciliation failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 403, Level = LogLevel.Error, Message = "The reconciliation observer failed on a {Outcome} outcome")]
    private static partial void LogObserverFailed(ILogger logger, Exception exception, ReconcileOutcomeKind outcome);
}
