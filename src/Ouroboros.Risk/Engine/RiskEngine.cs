using Ouroboros.Risk.Events;
using Ouroboros.Risk.Policy;
using Ouroboros.Risk.State;
using Ouroboros.Risk.Triggers;

namespace Ouroboros.Risk.Engine;

/// <summary>
/// Decides every order deterministically: the trading state first (kill switch, HALTED, REDUCING), then the gates in
/// order; the first denial wins. It also watches equity (circuit breaker, daily loss limit, NAV floor), keeps the
/// history the gates read, and raises an alert when every entry has been denied for too long. With no gates and no
/// limits it approves everything (research mode, <see cref="None"/>).
/// </summary>
public sealed class RiskEngine
{
    public const string StateGate = "trading_state";
    private readonly IRiskGate[] _gates;
    private readonly List<RiskEvent> _events = [];
    private readonly DailyPnlTrigger? _pnl;
    private readonly EntryDroughtWatch? _drought;
    private readonly NavFloorWatch? _navFloor;

    public RiskEngine(IEnumerable<IRiskGate> gates, RiskLimits? limits = null, bool resumeHaltsAtNextTradingDay = false)
    {
        _gates = [.. gates];
        Limits = limits;
        ResumeHaltsAtNextTradingDay = resumeHaltsAtNextTradingDay;
        States = new TradingStateBook(_events);
        History = new RiskHistory(limits?.VarLookbackDays ?? 250);
        if (limits is not null)
        {
            _pnl = new DailyPnlTrigger(limits.CircuitBreaker, limits.DailyLossLimit);
            _drought = new EntryDroughtWatch(limits.EntryDroughtAlert, _events);
            _navFloor = new NavFloorWatch(limits.NavFloorFraction, _events);
        }
    }

    public static RiskEngine None => new([]);

    public IReadOnlyList<IRiskGate> Gates => _gates;
    public RiskLimits? Limits { get; }
    public bool IsEnabled => _gates.Length > 0 || Limits is not null;
    public bool ResumeHaltsAtNextTradingDay { get; }
    public TradingStateBook States { get; }
    public RiskHistory History { get; }

    /// <summary>State changes, alerts and exit signals so far, in time order.</summary>
    public IReadOnlyList<RiskEvent> Events => _events;

    public RiskVerdict Evaluate(RiskCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        if (!IsEnabled) return RiskVerdict.Approved;
        ObserveEquity(check.TradingDate, check.Time, check.Account.Equity, check.Account.DayStartEquity, check.Account.InitialEquity);
        var verdict = CheckState(check) ?? RunGates(check);
        if (verdict.IsApproved) History.RecordApprovedOrder(check.Time);
        if (check.IsEntry) _drought?.Record(check.Time, verdict, States.Effective(check.Market));
        return verdict;
    }

    /// <summary>Called on every equity mark: trips the circuit breaker / daily loss limit and the NAV floor alert.</summary>
    public void ObserveEquity(DateOnly tradingDate, DateTimeOffset time, decimal? equity, decimal? dayStartEquity, decimal? initialEquity)
    {
        _pnl?.Observe(States, tradingDate, time, equity, dayStartEquity);
        _navFloor?.Observe(time, equity, initialEquity);
    }

    /// <summary>
    /// A new trading day: daily counters reset and REDUCING lifts. HALTED lifts only in backtests
    /// (<see cref="ResumeHaltsAtNextTradingDay"/>); live it waits for an operator. A kill never lifts by itself.
    /// </summary>
    public void StartTradingDay(DateTimeOffset time, DateOnly tradingDate)
    {
        History.StartTradingDay();
        foreach (var s in States.All.ToArray())
        {
            if (s.Killed || s.State == TradingState.Active) continue;
            if (s.State == TradingState.Reducing || ResumeHaltsAtNextTradingDay)
                States.Move(s.Scope, TradingState.Active, time, "new_trading_day", $"trading day {tradingDate:yyyy-MM-dd} began");
        }
    }

    /// <summary>The kill switch: every scope HALTED and killed, nothing approved until an operator resumes.</summary>
    public void Kill(DateTimeOffset time, string by, string reason) =>
        States.Move(TradingStateBook.AccountScope, TradingState.Halted, time, "kill_switch", $"{reason} (by {by})", killed: true, actor: by);

    /// <summary>An operator halt. A killed scope stays killed: only a resume lifts a kill.</summary>
    public void Halt(string scope, DateTimeOffset time, string by, string reason) =>
        States.Move(scope, TradingState.Halted, time, "operator", $"{reason} (by {by})", killed: States.Get(scope).Killed, actor: by);

    public void Resume(string scope, DateTimeOffset time, string by, string reason) =>
        States.Move(scope, TradingState.Active, time, "operator", $"{reason} (by {by})", actor: by);

    /// <summary>True when events were recorded since the last <see cref="DrainEvents"/>.</summary>
    public bool HasPendingEvents => _events.Count > 0;

    /// <summary>
    /// Hands the events recorded so far to <paramref name="sink"/>, in order, and forgets them. A kernel streams them
    /// to its sinks this way, so a long session does not keep them all; <see cref="Events"/> then holds only the
    /// events not yet drained.
    /// </summary>
    public void DrainEvents(Action<RiskEvent> sink)
    {
        ArgumentNullException.ThrowIfNull(sink);
        if (_events.Count == 0) return;
        foreach (var e in _events) sink(e);
        _events.Clear();
    }

    /// <summary>Adds an event raised outside the engine (e.g. an exit signal from the exit rules) to its journal.</summary>
    public void Record(RiskEvent riskEvent)
    {
        ArgumentNullException.ThrowIfNull(riskEvent);
        _events.Add(riskEvent);
    }

    private RiskVerdict? CheckState(RiskCheck check)
    {
        var state = States.Effective(check.Market);
        if (state.Killed) return StateDenial(state, "kill switch engaged: {0}; nothing trades until an operator resumes");
        if (state.State == TradingState.Halted && (check.IsEntry || !(Limits ?? RiskPolicy.Hard).AllowExitsWhenHalted))
            return StateDenial(state, check.IsEntry ? "no entries while {0}" : "no orders at all while {0} (exits are not allowed when halted)");
        if (state.State == TradingState.Reducing && check.IsEntry)
            return StateDenial(state, "only exits while {0}");
        if (Limits is not null && check.IsEntry && DailyPnlTrigger.DailyPnl(check.Account.Equity, check.Account.DayStartEquity) is null)
            return RiskVerdict.Missing(StateGate, "equity or start-of-day equity is unknown, so the daily P&L limits cannot be checked",
                RiskFigure.Of("equity", check.Account.Equity), RiskFigure.Of("day_start_equity", check.Account.DayStartEquity));
        return null;
    }

    /// <summary>Text and figures are built only for a denial: approvals are the common case and must stay cheap.</summary>
    private static RiskVerdict StateDenial(ScopeState state, string format)
    {
        var when = $"{state.Scope} {state.State.ToString().ToUpperInvariant()} since {state.Since:yyyy-MM-dd HH:mm}Z ({state.Cause}: {state.Reason})";
        return RiskVerdict.Denied(StateGate, string.Format(System.Globalization.CultureInfo.InvariantCulture, format, when),
            new("scope", state.Scope), new("state", state.State.ToString()), new("cause", state.Cause));
    }

    private RiskVerdict RunGates(RiskCheck check)
    {
        foreach (var gate in _gates)
        {
            var verdict = gate.Evaluate(check);
            if (!verdict.IsApproved) return verdict;
        }
        return RiskVerdict.Approved;
    }
}
