using Ouroboros.Domain.Playbooks;

namespace Ouroboros.Strategies.Playbooks;

/// <summary>
/// The playbook a market trades on a day and how it came about. <see cref="Status"/> is "validated" when the
/// planner's own playbook passed validation, "fallback" when a previous-day or defensive playbook stood in; then
/// <see cref="Problem"/> says why. <see cref="Notes"/> carries the planner's remarks (e.g. "budget spent → rules").
/// </summary>
public sealed record DayPlan(Playbook Playbook, string Status, string? Problem, int? Tokens, IReadOnlyList<string> Notes)
{
    public const string Validated = "validated";
    public const string Fallback = "fallback";
}
