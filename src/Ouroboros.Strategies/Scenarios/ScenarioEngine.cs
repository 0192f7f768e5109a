using Ouroboros.Domain.Playbooks;
using Ouroboros.Core.Strategies;
using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Intents;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Strategies.Scenarios;

/// <summary>
/// Runs a playbook of scenarios as a strategy. Conditions are validated and compiled once; every bar updates the
/// instrument's indicator snapshot, and on a rescan each of its scenarios is evaluated against it. A match submits a
/// <see cref="TradeIntent"/> whose rationale starts with the scenario id and records a <see cref="ScenarioMatch"/>.
/// A scenario fires at most once per UTC day per instrument, so a condition that stays true does not repeat orders.
/// Allocation-free per bar except when a scenario fires.
/// </summary>
public sealed class ScenarioEngine : IStrategy
{
    private readonly ScenarioDefinition[] _definitions;
    private readonly BoundCondition[] _bound;
    private readonly CompiledCondition[] _compiled;
    private readonly SnapshotLayout _layout;
    private readonly ScenarioEngineOptions _options;
    private readonly StrategyId _id;
    private readonly List<ScenarioMatch> _matches = [];
    private IStrategyContext? _context;
    private IndicatorSnapshot[] _snapshots = [];
    private int[][] _scenariosOf = [];
    private DateTimeOffset[] _nextScan = [];
    private DateOnly[] _lastFired = [];

    /// <summary>Throws <see cref="ArgumentException"/> listing every problem of the playbook (see <see cref="PlaybookValidator"/>).</summary>
    public ScenarioEngine(IReadOnlyList<ScenarioDefinition> scenarios, ScenarioEngineOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(scenarios);
        _options = options ?? new ScenarioEngineOptions();
        if (_options.RescanInterval is { } interval && interval <= TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(options), interval, "The rescan interval must be positive.");
        var errors = PlaybookValidator.Validate(scenarios, _options.MaxScenariosPerInstrument, out var bound);
        if (errors.Count > 0) throw new ArgumentException("Invalid playbook: " + string.Join("; ", errors), nameof(scenarios));
        _definitions = [.. scenarios];
        _bound = [.. bound.Select(b => b!)];
        _layout = new SnapshotLayout(_bound);
        _compiled = [.. _bound.Select(b => ConditionCompiler.Compile(b, _layout))];
        _id = new StrategyId(_options.StrategyName);
    }

    public string Name => _options.StrategyName;

    public SnapshotLayout Layout => _layout;

    /// <summary>Every match so far, oldest first, for the journal.</summary>
    public IReadOnlyList<ScenarioMatch> Matches => _matches;

    /// <summary>The current snapshot of instrument <paramref name="instrument"/> (context index).</summary>
    public IndicatorSnapshot SnapshotOf(int instrument) => _snapshots[instrument];

    public void Initialize(IStrategyContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _context = context;
        var n = context.Instruments.Count;
        _snapshots = new IndicatorSnapshot[n];
        _scenariosOf = new int[n][];
        _nextScan = new DateTimeOffset[n];
        _lastFired = new DateOnly[_definitions.Length];
        Array.Fill(_lastFired, DateOnly.MinValue);
        for (var i = 0; i < n; i++)
        {
            var id = context.Instruments[i].Id;
            _snapshots[i] = _layout.CreateSnapshot();
            _scenariosOf[i] = [.. Enumerable.Range(0, _definitions.Length).Where(s => _definitions[s].Instrument == id)];
            _nextScan[i] = DateTimeOffset.MinValue;
        }
        foreach (var definition in _definitions)
        {
            if (context.IndexOf(definition.Instrument) < 0)
                throw new InvalidOperationException($"Scenario '{definition.Id}' is for {definition.Instrument}, which is not in the universe.");
        }
    }

    public void OnBar(int instrument, in Bar bar)
    {
        var scenarios = _scenariosOf[instrument];
        if (scenarios.Length == 0) return;
        var snapshot = _snapshots[instrument];
        snapshot.Update(in bar);
        if (bar.Time < _nextScan[instrument]) return;
        _nextScan[instrument] = _options.RescanInterval is { } interval ? bar.Time + interval : DateTimeOffset.MinValue;

        var day = DateOnly.FromDateTime(bar.Time.UtcDateTime);
        var values = snapshot.Values;
        foreach (var s in scenarios)
        {
            if (_lastFired[s] == day || !_compiled[s].Evaluate(values)) continue;
            _lastFired[s] = day;
            Fire(s, snapshot, bar.Time);
        }
    }

    public void OnTimeSliceEnd(DateTimeOffset time)
    {
    }

    public void OnFill(Fill fill)
    {
    }

    private void Fire(int scenario, IndicatorSnapshot snapshot, DateTimeOffset time)
    {
        var context = _context ?? throw new InvalidOperationException("Initialize must be called before bars are delivered.");
        var s = _definitions[scenario];
        var intent = ScenarioFiring.Intent(s, _id, time, _options.Origin);
        _matches.Add(new ScenarioMatch(s.Id, s.Instrument, time, ScenarioFiring.ValuesRead(_bound[scenario], _layout, snapshot), intent));
        context.Submit(intent);
    }
}
