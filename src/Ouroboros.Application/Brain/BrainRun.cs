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
    Func<IStrategy, CancellationToken, Task<IReadOnlyDictionary<string, object?>>> FinishAsync);
