using Ouroboros.Core.Planning;
using Ouroboros.Domain.Intents;
using Ouroboros.Domain.Playbooks;
using Ouroboros.Strategies.Scenarios;

namespace Ouroboros.Strategies.Planning;

/// <summary>
/// The rules engine's direct decision: the rules planner's playbook for this moment, checked against the last closed
/// bar with the scenario engine. A protective SELL of a held position wins (exits before entries, as the playbook's
/// risk order); otherwise the most confident BUY whose condition holds; otherwise HOLD naming what was checked. So the
/// llm strategy without a model trades the same templates the playbook strategy does, only decided bar by bar.
/// </summary>
public sealed class RulesDecider(RulesPlaybookPlanner planner) : IDecisionRules
{
    public RulesDecider()
        : this(new RulesPlaybookPlanner())
    {
    }

    public IReadOnlyList<RulesDecision> Decide(PlanningRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var outcome = planner.Plan(request);
        if (outcome.Playbook is not { } playbook)
            return [.. request.Instruments.Select(h => RulesDecision.Hold(h.Instrument.Id, $"rules engine holds: {outcome.Problem}"))];

        var decisions = new List<RulesDecision>(request.Instruments.Count);
        foreach (var history in request.Instruments)
        {
            var id = history.Instrument.Id;
            var own = playbook.Scenarios.Where(s => s.Instrument == id).ToList();
            if (own.Count == 0)
            {
                decisions.Add(RulesDecision.Hold(id, "rules engine holds: not a scanner pick and not held"));
                continue;
            }
            if (history.Bars.Count == 0)
            {
                decisions.Add(RulesDecision.Hold(id, "rules engine holds: no bars"));
                continue;
            }
            var holding = Holding(own, history);
            decisions.Add(holding is { } s ? From(s) : RulesDecision.Hold(id,
                "rules engine holds: no template's condition holds on the last bar (" + string.Join("; ", own.Select(x => $"{Rule(x)}: {x.Condition}")) + ")"));
        }
        return decisions;
    }

    private static ScenarioDefinition? Holding(List<ScenarioDefinition> scenarios, InstrumentHistory history)
    {
        var bound = scenarios.Select(s => ConditionBinder.Bind(s.Condition)).ToList();
        var layout = new SnapshotLayout(bound);
        var snapshot = layout.CreateSnapshot();
        foreach (var bar in history.Bars) snapshot.Update(in bar);
        var holds = scenarios.Where((s, i) => ConditionCompiler.Compile(bound[i], layout).Evaluate(snapshot.Values)).ToList();
        return holds.FirstOrDefault(s => s.Action == IntentAction.Sell && history.Position is > 0)
            ?? holds.Where(s => s.Action == IntentAction.Buy).OrderByDescending(s => s.Confidence).FirstOrDefault();
    }

    private static RulesDecision From(ScenarioDefinition s) =>
        new(s.Instrument, s.Action, s.Confidence, $"{s.Condition} holds: {s.Rationale}", Rule(s), s.Allocation, s.StopLoss, s.TakeProfit);

    private static string Rule(ScenarioDefinition s) => s.Id[(s.Id.LastIndexOf(':') + 1)..];
}
