using System.Globalization;
using Ouroboros.Core.Planning;
using Ouroboros.Domain.Playbooks;
using Ouroboros.Domain.Primitives;
using Ouroboros.Strategies.Scanning;
using Ouroboros.Strategies.Scenarios;

namespace Ouroboros.Strategies.Planning;

/// <summary>
/// Writes a playbook with no model: scans for the day's most volatile liquid instruments, sets the stance from
/// breadth, writes the BUY templates that fit each pick (<see cref="ScenarioTemplates"/>) and protective SELLs for
/// every held instrument (<see cref="ProtectiveScenarios"/>), protective ones first so the per-instrument cap never
/// drops an exit. Reads only the bars closed by <see cref="PlanningRequest.AsOf"/> and is deterministic.
/// </summary>
public sealed class RulesPlaybookPlanner : IPlaybookPlanner
{
    private readonly VolatilityScanner _scanner;

    public RulesPlaybookPlanner(RulesPlannerOptions? options = null)
    {
        Options = (options ?? new RulesPlannerOptions()).Validated();
        _scanner = new VolatilityScanner(Options.Scanner);
    }

    public RulesPlannerOptions Options { get; }

    public string Name => "rules";

    public Task<PlanOutcome> PlanAsync(PlanningRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Plan(request));
    }

    /// <summary>The synchronous core of <see cref="PlanAsync"/>.</summary>
    public PlanOutcome Plan(PlanningRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        // Create already cut the histories; cutting again costs nothing and keeps the no-look-ahead promise local.
        var histories = request.Instruments.Select(h => h.Until(request.AsOf)).ToArray();
        var duplicate = histories.GroupBy(h => h.Instrument.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) return PlanOutcome.Failed($"the request has {duplicate.Count()} histories for {duplicate.Key}");

        var scan = _scanner.Scan(histories);
        var breadth = MarketBreadth.Of(scan.Scored.Select(p => p.Snapshot), Options);
        var snapshots = scan.Scored.ToDictionary(p => p.Instrument, p => p.Snapshot);
        var picks = scan.Picks.ToDictionary(p => p.Instrument);
        var held = histories.Where(h => h.Position is > 0).ToDictionary(h => h.Instrument.Id);

        var scenarios = new List<ScenarioDefinition>();
        var unfit = new List<string>();
        var order = picks.Keys.Concat(held.Keys).Distinct().OrderBy(id => id.Value, StringComparer.Ordinal);
        foreach (var id in order)
        {
            var snapshot = snapshots.GetValueOrDefault(id);
            var own = new List<ScenarioDefinition>();
            if (held.TryGetValue(id, out var history)) own.AddRange(ProtectiveScenarios.For(history, snapshot, Options.StopAtr));
            if (picks.ContainsKey(id) && snapshot is not null)
            {
                var buys = ScenarioTemplates.Fitting(snapshot, breadth.Stance, Options);
                if (buys.Count == 0) unfit.Add(id.Value);
                own.AddRange(buys);
            }
            scenarios.AddRange(own.Take(request.MaxScenariosPerInstrument));
        }

        var playbook = new Playbook(request.Date, request.Market, breadth.Stance, PlaybookOrigin.Rules, scenarios, Summary(breadth, scan, scenarios.Count));
        var errors = PlaybookValidator.Validate(playbook.Scenarios, request.MaxScenariosPerInstrument, out _);
        if (errors.Count > 0)
            return PlanOutcome.Failed("the rules planner wrote an invalid playbook: " + string.Join("; ", errors));

        List<string> notes = [scan.Describe(), breadth.ToString()];
        if (unfit.Count > 0) notes.Add("no template fits: " + string.Join(", ", unfit));
        return PlanOutcome.Planned(playbook, null, notes);
    }

    private static string Summary(MarketBreadth breadth, ScanResult scan, int scenarioCount)
    {
        var picks = scan.Picks.Count == 0
            ? "no picks"
            : "picks: " + string.Join(", ", scan.Picks.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Instrument} {p.Signal} score {p.Score:F2}")));
        return $"{breadth.Stance} stance ({breadth}); {picks}; {scenarioCount} scenarios; rules-generated";
    }
}
