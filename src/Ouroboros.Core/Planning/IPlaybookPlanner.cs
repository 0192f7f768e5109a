using Ouroboros.Domain.Playbooks;

namespace Ouroboros.Core.Planning;

/// <summary>
/// Writes a day's playbook. Implementations: the rules planner (Strategies) and the LLM planner (Ai). A planner
/// reports expected failures (model down, budget spent, unusable answer) as a <see cref="PlanOutcome"/> with a
/// problem; it throws only on bugs and cancellation. The caller validates the playbook and falls back.
/// </summary>
public interface IPlaybookPlanner
{
    /// <summary>"rules" or "llm".</summary>
    string Name { get; }

    Task<PlanOutcome> PlanAsync(PlanningRequest request, CancellationToken cancellationToken);
}

/// <summary>A playbook, or the reason there is none. <see cref="Tokens"/> is what the planning cost (null: no model call).</summary>
public sealed record PlanOutcome(Playbook? Playbook, string? Problem, int? Tokens = null, IReadOnlyList<string>? Notes = null)
{
    public static PlanOutcome Planned(Playbook playbook, int? tokens = null, IReadOnlyList<string>? notes = null) => new(playbook, null, tokens, notes);

    public static PlanOutcome Failed(string problem, int? tokens = null, IReadOnlyList<string>? notes = null) => new(null, problem, tokens, notes);
}
