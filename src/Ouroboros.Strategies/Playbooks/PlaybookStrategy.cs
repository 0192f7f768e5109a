using Ouroboros.Core.Inbox;
using Ouroboros.Core.Planning;
using Ouroboros.Core.Strategies;
using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Intents;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Playbooks;
using Ouroboros.Domain.Primitives;
using Ouroboros.Strategies.Scenarios;

namespace Ouroboros.Strategies.Playbooks;

/// <summary>
/// The playbook mode. At the first bar of each trading day it asks its <see cref="PlaybookDesk"/> for the day's
/// playbook, planned from bars that closed before the planning time (one planner call per market per day): the day's
/// open minus <see cref="PlaybookStrategyOptions.PlanningLead"/> for intraday bars with a calendar, the start of the day
/// for daily bars, whose previous day is the latest that has closed. Then it matches
/// the scenarios locally on every bar with compiled conditions and no further calls. Indicators persist across days;
/// a playbook that reads an indicator not seen before rebuilds the snapshots from the kept history, so it starts
/// warm. A scenario fires at most once per day, and at most one BUY scenario per instrument per day (two entry
/// templates that both hold must not double the position).
/// <para>
/// At a rescan during the session (<see cref="OnPartialBars"/>) the playbook in force is matched against each
/// instrument's bar in progress: its bar fields (the last price as close) with the indicators of the closed bars, so an
/// intraday breakout can fire before the day's bar closes. The partial bar never enters the history, the indicators or
/// a planning request; a match on it says so (<see cref="ScenarioMatch.Partial"/>, and its rationale ends with the
/// partial bar's label). With daily bars the playbook in force is the one planned at the last closed bar; with
/// intraday bars only a partial bar of the playbook's own day is matched.
/// </para>
/// </summary>
public sealed class PlaybookStrategy(PlaybookDesk desk, PlaybookStrategyOptions options) : IDeliberatingStrategy, IPartialBarAware
{
    private readonly StrategyId _id = new(options.StrategyName);
    private readonly List<DayPlan> _plans = [];
    private readonly List<ScenarioMatch> _matches = [];
    private readonly List<BoundCondition> _layoutConditions = [];
    private IStrategyContext? _context;
    private BarHistory[] _history = [];
    private IndicatorSnapshot[] _snapshots = [];
    private SnapshotLayout _layout = new([]);
    private bool[] _awaitingScan = [];
    private DateTimeOffset[] _nextScan = [];
    private ScenarioDefinition[] _scenarios = [];
    private BoundCondition[] _bound = [];
    private CompiledCondition[] _compiled = [];
    private int[][] _scenariosOf = [];
    private double[] _partialValues = [];
    private bool[] _fired = [];
    private bool[] _boughtToday = [];
    private DateOnly _day = DateOnly.MinValue;
    private DateTimeOffset _dayStart;
    private bool _needsPlan;
    private int _dayMatches;
    private IntentOrigin _origin;
    private string _label = "";

    public string Name => options.StrategyName;

    /// <summary>Every day's plan so far, oldest first.</summary>
    public IReadOnlyList<DayPlan> Plans => _plans;

    /// <summary>Every scenario match so far, with the values it read.</summary>
    public IReadOnlyList<ScenarioMatch> Matches => _matches;

    public bool WantsToDeliberate => _needsPlan;

    public void Initialize(IStrategyContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _context = context;
        var n = context.Instruments.Count;
        _history = [.. Enumerable.Range(0, n).Select(_ => new BarHistory(options.HistoryBars))];
        _snapshots = [.. Enumerable.Range(0, n).Select(_ => _layout.CreateSnapshot())];
        _awaitingScan = new bool[n];
        _nextScan = new DateTimeOffset[n];
        _scenariosOf = [.. Enumerable.Range(0, n).Select(_ => Array.Empty<int>())];
    }

    public void OnBar(int instrument, in Bar bar)
    {
        _history[instrument].Add(in bar);
        _snapshots[instrument].Update(in bar);

        var day = TradingDateOf(bar.Time);
        if (day != _day)
        {
            _day = day;
            _dayStart = bar.Time;
            _needsPlan = true;
        }
        if (_needsPlan)
        {
            _awaitingScan[instrument] = true;
            return;
        }
        Scan(instrument, bar.Time);
    }

    public void OnTimeSliceEnd(DateTimeOffset time)
    {
    }

    public void OnFill(Fill fill)
    {
    }

    public async ValueTask DeliberateAsync(DateTimeOffset time, CancellationToken cancellationToken)
    {
        var context = _context ?? throw new InvalidOperationException("Initialize must be called before bars are delivered.");
        await FlushAsync(cancellationToken).ConfigureAwait(false);
        var histories = context.Instruments.Select((instrument, i) => new InstrumentHistory(
            instrument, _history[i].View(), options.BarLength, context.PositionOf(i)));
        var request = PlanningRequest.Create(options.Market, _day, PlanningTime(), histories, desk.Options.MaxScenariosPerInstrument);
        var plan = await desk.PrepareAsync(request, cancellationToken).ConfigureAwait(false);
        Load(plan);
        _needsPlan = false;
        for (var i = 0; i < _awaitingScan.Length; i++)
        {
            if (!_awaitingScan[i]) continue;
            _awaitingScan[i] = false;
            Scan(i, time);
        }
    }

    /// <summary>Stores the current day's match count; call once after the run.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_plans.Count == 0) return;
        await desk.RecordMatchesAsync(options.Market, _plans[^1].Playbook.Date, _dayMatches, cancellationToken).ConfigureAwait(false);
        _dayMatches = 0;
    }

    private void Load(DayPlan plan)
    {
        var context = _context!;
        var playbook = plan.Playbook;
        var errors = PlaybookValidator.Validate(playbook.Scenarios, int.MaxValue, out var bound);
        if (errors.Count > 0) throw new InvalidOperationException("The desk handed over an invalid playbook: " + string.Join("; ", errors));
        _plans.Add(plan);
        _scenarios = [.. playbook.Scenarios];
        _bound = [.. bound.Select(b => b!)];
        EnsureLayoutCovers(_bound);
        _compiled = [.. _bound.Select(b => ConditionCompiler.Compile(b, _layout))];
        _fired = new bool[_scenarios.Length];
        _boughtToday = new bool[_scenariosOf.Length];
        for (var i = 0; i < _scenariosOf.Length; i++)
        {
            var id = context.Instruments[i].Id;
            _scenariosOf[i] = [.. Enumerable.Range(0, _scenarios.Length).Where(s => _scenarios[s].Instrument == id)];
            _nextScan[i] = DateTimeOffset.MinValue;
        }
        _origin = playbook.Origin is PlaybookOrigin.Model or PlaybookOrigin.PreviousDay ? IntentOrigin.Model : IntentOrigin.Strategy;
        _label = playbook.OriginLabel;
    }

    private void EnsureLayoutCovers(IEnumerable<BoundCondition> conditions)
    {
        var known = _layout.Columns.ToHashSet(StringComparer.Ordinal);
        var added = conditions.Where(c => c.Values.Any(v => !v.IsField && !known.Contains(v.Column))).ToList();
        if (added.Count == 0) return;
        _layoutConditions.AddRange(added);
        _layout = new SnapshotLayout(_layoutConditions);
        for (var i = 0; i < _snapshots.Length; i++)
        {
            var snapshot = _layout.CreateSnapshot();
            foreach (var bar in _history[i].View()) snapshot.Update(bar);
            _snapshots[i] = snapshot;
        }
    }

    private void Scan(int instrument, DateTimeOffset time) => Scan(instrument, time, _snapshots[instrument].Values, null);

    /// <summary>
    /// Matches the instrument's scenarios against <paramref name="values"/>: a closed bar's, or a partial bar's. The
    /// rescan interval counts bar time between closed bars; a partial bar's rescan is already paced by the runtime and
    /// its as-of time is not a bar time, so it neither waits for nor moves the next closed-bar scan.
    /// </summary>
    private void Scan(int instrument, DateTimeOffset time, ReadOnlySpan<double> values, PartialBar? partial)
    {
        var scenarios = _scenariosOf[instrument];
        if (scenarios.Length == 0) return;
        if (partial is null)
        {
            if (time < _nextScan[instrument]) return;
            _nextScan[instrument] = options.RescanInterval is { } interval ? time + interval : DateTimeOffset.MinValue;
        }
        foreach (var s in scenarios)
        {
            var buy = _scenarios[s].Action == IntentAction.Buy;
            if (_fired[s] || (buy && _boughtToday[instrument]) || !_compiled[s].Evaluate(values)) continue;
            _fired[s] = true;
            if (buy) _boughtToday[instrument] = true;
            var intent = ScenarioFiring.Intent(_scenarios[s], _id, time, _origin, _label);
            if (partial is not null) intent = intent with { Rationale = $"{intent.Rationale} [{partial.Label}]" };
            _matches.Add(new ScenarioMatch(_scenarios[s].Id, _scenarios[s].Instrument, time, ScenarioFiring.ValuesRead(_bound[s], _layout, values), intent, partial));
            _dayMatches++;
            _context!.Submit(intent);
        }
    }

    public void OnPartialBars(IStrategyContext context, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (_needsPlan || _plans.Count == 0) return;
        for (var i = 0; i < _scenariosOf.Length; i++)
        {
            if (context.PartialBarOf(i) is not { } partial || _scenariosOf[i].Length == 0) continue;
            if (options.BarLength < TimeSpan.FromDays(1) && TradingDateOf(partial.Bar.Time) != _day) continue;
            if (_partialValues.Length != _layout.Width) _partialValues = new double[_layout.Width];
            _snapshots[i].ValuesWithPartial(partial.Bar, _partialValues);
            Scan(i, asOf, _partialValues, partial);
        }
    }

    private DateTimeOffset PlanningTime()
    {
        if (options.Calendar is not { } calendar || options.BarLength >= TimeSpan.FromDays(1) || calendar.ScheduleFor(_day) is not { } day) return _dayStart;
        var planAt = day.Open - (options.PlanningLead ?? PlaybookStrategyOptions.DefaultPlanningLead);
        return planAt < _dayStart ? planAt : _dayStart;
    }

    private DateOnly TradingDateOf(DateTimeOffset time) => options.Calendar is { } calendar && options.BarLength < TimeSpan.FromDays(1)
        ? calendar.LocalDateOf(time)
        : DateOnly.FromDateTime(time.UtcDateTime);
}
