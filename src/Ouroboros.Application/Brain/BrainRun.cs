using Ouroboros.Core.Strategies;

namespace Ouroboros.Application.Brain;

/// <summary>
/// A playbook or LLM strategy prepared for one backtest. <see cref="NewStrategy"/> builds a fresh instance (the
/// risk report replays the run); <see cref="FinishAsync"/> stores what the run produced (match counts) and returns
/// the metadata the report shows, such as how many playbooks were rules-generated.
/// </summary>
public sealed record BrainRun(
    StrategyParameters Parameters,
    Func<IStrategy> NewStrategy,
    Func<IStrategy, CancellationToken, Task<IReadOnlyDictionary<string, object?>>> FinishAsync)
{
    /// <summary>The planner in use once "auto" is resolved ("rules" without a model), for banners; null when none plans.</summary>
    public string? Planner { get; init; }

    /// <summary>Where the day's playbooks are stored, for the agent's post-market report; null when none are written.</summary>
    public Core.Ports.IPlaybookStore? Playbooks { get; init; }
}
