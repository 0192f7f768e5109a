using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Ouroboros.Application.Backtests;
using Ouroboros.Core.Agent;
using Ouroboros.Core.Faults;
using Ouroboros.Core.Notifications;
using Ouroboros.Domain.Orders;
using Ouroboros.Live.Agent;
using Ouroboros.Live.Replay;
using Ouroboros.Live.Scheduling;

namespace Ouroboros.Application.Agents;

/// <summary>A prepared agent session: <see cref="Banner"/> says what it will do, <see cref="RunAsync"/> does it.</summary>
public sealed partial class AgentLaunch
{
    private readonly RunAgentRequest _request;
    private readonly PreparedRun _prepared;
    private readonly IAgentStore _store;
    private readonly ISessionJournal _journal;
    private readonly IJournal _root;
    private readonly TimeProvider _clock;
    private readonly ICrashPoints _crash;
    private readonly ILoggerFactory _loggers;
    private AgentSessionRecord _session;

    internal AgentLaunch(RunAgentRequest request, PreparedRun prepared, AgentSessionRecord session, IAgentStore store, ISessionJournal journal,
        AgentBanner banner, IJournal root, TimeProvider clock, ICrashPoints crash, ILoggerFactory loggers)
    {
        _request = request;
        _prepared = prepared;
        _session = session;
        _store = store;
        _journal = journal;
        _root = root;
        _clock = clock;
        _crash = crash;
        _loggers = loggers;
        Banner = banner;
    }

    public AgentBanner Banner { get; }

    /// <summary>The session's starting cash: the broker account's (once connected) or the paper account's.</summary>
    private decimal InitialCash => _brokerCash ?? _prepared.Spec.InitialCash;

    /// <summary>Where a broker outside the process is connected from; null: the paper broker.</summary>
    internal IAgentBrokers? Brokers { get; init; }

    /// <summary>The session's journal (notifiers write into it too).</summary>
    public ISessionJournal Journal => _journal;

    /// <summary>
    /// Runs until the replay ends, the until date or day count is reached, or <paramref name="cancellationToken"/> stops it.
    /// <paramref name="drainNotifications"/> waits until what <paramref name="notify"/> queued is journaled, so that the
    /// summary counts every notification of the run.
    /// </summary>
    public async Task<AgentSummary> RunAsync(Action<Notification>? notify = null, Func<Task>? drainNotifications = null, CancellationToken cancellationToken = default)
    {
        var checkpoint = await _journal.LastCheckpointAsync(CancellationToken.None).ConfigureAwait(false);
        var inputs = await _journal.InputsAsync(CancellationToken.None).ConfigureAwait(false);
        var states = await _root.TradingStatesAsync(CancellationToken.None).ConfigureAwait(false);
        var spec = _prepared.Spec;
        var runSpec = new AgentRunSpec(spec.Series, spec.Strategy, spec.VenueModels, spec.FillPolicy, spec.Sizing, spec.Risk, spec.InitialCash,
            _journal, _session.OrderIdPrefix)
        {
            Exits = spec.Exits,
            Calendar = spec.Calendar,
            TradeFrom = spec.TradeFrom,
            ResumeAfterSlices = checkpoint?.SlicesDone ?? 0,
            JournaledInputs = inputs,
            Speed = _request.Speed is { } s ? new ReplaySpeed(s) : ReplaySpeed.Max,
            TradingDays = _request.Days,
            Until = _request.Until,
            WallClock = _clock,
            CrashPoints = _crash,
            Notify = notify,
            Operators = new StoreOperatorCommands(states),
            Heartbeat = HeartbeatAsync,
            CancelOnExit = _request.CancelOnExit,
            ReconcileInterval = TimeSpan.FromSeconds(_request.ReconcileIntervalSeconds),
            Cycle = spec.Calendar is { } calendar
                ? new AgentCycle([calendar], CycleOptions(_request), _journal, _crash, notify, spec.Series[0].Interval.IsIntraday,
                    playbooks: _prepared.Brain?.Playbooks)
                : null,
        };
        notify?.Invoke(new Notification(_clock.GetUtcNow(), NotificationKind.AgentStarted, NotificationSeverity.Info,
            $"agent {_session.SessionId} {(Banner.Resumed ? "resumed" : "started")}: {Banner.Mode} on {Banner.Broker}, {Banner.Strategy}, markets {string.Join(",", Banner.Markets)}"));
        var runtime = new AgentRuntime(_loggers);
        AgentRunOutcome outcome;
        AgentConnection? connection = null;
        try
        {
            if (Brokers is { } brokers) (connection, runSpec) = await ConnectAsync(brokers, runSpec, cancellationToken).ConfigureAwait(false);
            outcome = await runtime.RunAsync(runSpec, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await _store.ReleaseLeaseAsync(_session.Account, _session.SessionId, CancellationToken.None).ConfigureAwait(false);
            if (connection is not null) await connection.Lifetime.DisposeAsync().ConfigureAwait(false);
        }
        var last = await _journal.LastCheckpointAsync(CancellationToken.None).ConfigureAwait(false);
        _session = _session with
        {
            Status = outcome.Status,
            SlicesDone = last?.SlicesDone ?? 0,
            LastSliceTime = last?.SliceTime,
            FinishedAt = outcome.Status == AgentSessionStatus.Finished ? _clock.GetUtcNow() : null,
        };
        await _store.SaveSessionAsync(_session, CancellationToken.None).ConfigureAwait(false);
        notify?.Invoke(new Notification(_clock.GetUtcNow(), NotificationKind.AgentStopped, NotificationSeverity.Info,
            $"agent {_session.SessionId} {outcome.Status.ToString().ToLowerInvariant()}: {outcome.StopReason}"));
        if (drainNotifications is not null) await drainNotifications().ConfigureAwait(false);
        return await SummaryAsync(outcome).ConfigureAwait(false);
    }

    internal static DailyCycleOptions CycleOptions(RunAgentRequest request) => new()
    {
        PreMarketMinutes = request.PreMarketMinutes,
        RescanIntervalSeconds = request.RescanIntervalSeconds,
        TradeMode = request.TradeMode == "realtime" ? TradeMode.Realtime : TradeMode.Daily,
        DailySessions = request.DailySessions,
        SessionIntervalHours = request.SessionIntervalHours,
        PlannerTimeoutSeconds = request.PlannerTimeoutSeconds,
    };

    private async Task<bool> HeartbeatAsync(AgentStatus status, CancellationToken cancellationToken)
    {
        var now = _clock.GetUtcNow();
        var json = JsonSerializer.Serialize(status);
        // The session's row follows along, so `status` shows how far a running session got.
        if (status.SlicesDone != _session.SlicesDone && !status.Recovering)
        {
            _session = _session with { SlicesDone = status.SlicesDone, LastSliceTime = status.LastBarTime };
            await _store.SaveSessionAsync(_session, cancellationToken).ConfigureAwait(false);
        }
        await _store.WriteHeartbeatAsync(new AgentHeartbeat(_session.SessionId, _session.Account, Environment.ProcessId, Banner.Mode, Banner.Broker,
            Banner.Markets, now, json), cancellationToken).ConfigureAwait(false);
        return await _store.RenewLeaseAsync(Core.Agent.AgentLease.For(_session, now, RunAgent.LeaseTime), cancellationToken).ConfigureAwait(false);
    }

    private async Task<AgentSummary> SummaryAsync(AgentRunOutcome outcome)
    {
        var orders = await _journal.OrdersAsync(CancellationToken.None).ConfigureAwait(false);
        var fills = await _journal.FillsAsync(CancellationToken.None).ConfigureAwait(false);
        var equity = await _journal.EquityAsync(CancellationToken.None).ConfigureAwait(false);
        var notes = await _journal.NotificationsAsync(int.MaxValue, CancellationToken.None).ConfigureAwait(false);
        var brain = _prepared.Brain is { } b ? await b.FinishAsync(_prepared.Spec.Strategy, CancellationToken.None).ConfigureAwait(false) : null;
        var playbooks = brain?.TryGetValue("playbook_days", out var p) == true ? Convert.ToInt32(p, CultureInfo.InvariantCulture) : 0;
        var calls = await _root.LlmCallsAsync(CancellationToken.None).ConfigureAwait(false);
        var llm = (await calls.ListAsync(_session.StartedAt, _clock.GetUtcNow().AddSeconds(1), CancellationToken.None).ConfigureAwait(false)).Count;
        var days = equity.Select(e => DateOnly.FromDateTime(e.Time.UtcDateTime)).Distinct().Count();
        return new AgentSummary(_session.SessionId, Banner.Mode, Banner.Broker, outcome.Status.ToString().ToLowerInvariant(), outcome.StopReason, days,
            orders.Count, fills.Count, InitialCash, equity.Count > 0 ? equity[^1].Equity : InitialCash, playbooks, llm,
            orders.Count(o => o.Status == OrderStatus.DeniedByRisk), _session.Restarts, outcome.SlicesDone, outcome.SlicesRecovered, outcome.RestartToTrading,
            notes.Count, _root.Path);
    }

    internal static AgentBanner BannerOf(RunAgentRequest request, AgentSessionRecord session, PreparedRun prepared, bool resumed, long resumeAfter, string journal)
    {
        var spec = prepared.Spec;
        var planner = prepared.Brain?.Planner is { } resolved
            ? resolved + (prepared.Parameters.Values.GetValueOrDefault("planner") == "auto" ? " (chosen by auto: a configured model plans, else the rules)" : "")
            : prepared.Parameters.Values.TryGetValue("planner", out var pl) ? pl : "none (the strategy decides by itself)";
        var data = string.Join(", ", request.Run.Data);
        var risk = spec.Risk.IsEnabled ? "on (policy limits; configuration may only tighten them)" : "OFF (research only)";
        return new AgentBanner(session.SessionId, resumed, session.Restarts, resumeAfter, session.Mode.ToString().ToUpperInvariant(), session.Broker,
            session.Account, session.Markets, request.Run.Strategy, planner, data, spec.Series.Count,
            request.Speed is { } s ? new ReplaySpeed(s).ToString() : "max", spec.InitialCash, spec.Series[0].Instrument.Currency.ToString(), risk, journal,
            request.TradeMode)
        {
            OutsideBroker = !session.Broker.Equals("paper", StringComparison.OrdinalIgnoreCase),
        };
    }
}
