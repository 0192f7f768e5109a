using Ouroboros.Core.Planning;
using Ouroboros.Strategies.Playbooks;

namespace Ouroboros.Application.Planning;

/// <summary>The day's plan (stored in the journal), the planner that wrote it, and what it was shown.</summary>
public sealed record PlanDayResult(DayPlan Plan, string Planner, PlanningRequest Request);
