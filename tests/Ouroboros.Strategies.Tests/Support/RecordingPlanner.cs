using Ouroboros.Core.Planning;

namespace Ouroboros.Strategies.Tests.Support;

/// <summary>A planner that plans with a function and records every request it saw.</summary>
internal sealed class RecordingPlanner(Func<PlanningRequest, PlanOutcome> plan) : IPlaybookPlanner
{
    public List<PlanningRequest> Requests { get; } = [];
    public string Name => "recording";

    public Task<PlanOutcome> PlanAsync(PlanningRequest request, CancellationToken cancellationToken)
    {
        Requests.Add(request);
        return Task.FromResult(plan(request));
    }
}
