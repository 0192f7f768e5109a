using Ouroboros.Core.Planning;
using Ouroboros.Domain.Intents;
using Ouroboros.Domain.Playbooks;
using Ouroboros.Strategies.Planning;
using Ouroboros.Strategies.Scenarios;

namespace Ouroboros.Strategies.Tests.Planning;

/// <summary>Shared planner-test helpers.</summary>
internal static class Playbooks
{
    public static readonly DateOnly Day = new(2021, 6, 1);

    public static Playbook Plan(PlanningRequest request, RulesPlannerOptions? options = null)
    {
        var outcome = new RulesPlaybookPlanner(options).PlanAsync(request, CancellationToken.None).GetAwaiter().GetResult();
        outcome.Problem.ShouldBeNull();
        return outcome.Playbook.ShouldNotBeNull();
    }

    public static PlanningRequest Request(DateTimeOffset asOf, IEnumerable<InstrumentHistory> histories, int max = 5) =>
        PlanningRequest.Create("TEST", Day, asOf, histories, max);

    public static void ShouldBeValid(Playbook playbook, int max = 5) =>
        PlaybookValidator.Validate(playbook.Scenarios, max, out _).ShouldBeEmpty();

    public static string[] Templates(Playbook playbook, IntentAction action = IntentAction.Buy) =>
        playbook.Scenarios.Where(s => s.Action == action).Select(s => s.Id[(s.Id.LastIndexOf(':') + 1)..]).ToArray();

    /// <summary>Records compare lists by reference, so scenarios are compared one by one.</summary>
    public static void ShouldBeSameAs(Playbook actual, Playbook expected)
    {
        actual.Scenarios.ShouldBe(expected.Scenarios);
        (actual with { Scenarios = Array.Empty<ScenarioDefinition>() }).ShouldBe(expected with { Scenarios = Array.Empty<ScenarioDefinition>() });
    }
}
