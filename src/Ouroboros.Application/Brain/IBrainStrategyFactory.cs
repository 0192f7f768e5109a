using Ouroboros.Core.Strategies;
using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Calendars;

namespace Ouroboros.Application.Brain;

/// <summary>
/// A strategy that needs the LLM runtime (planners, router, prompts, playbook store): listed in the one
/// <see cref="StrategyRegistry"/> like every other strategy, built only through this factory, which is handed the runtime.
/// </summary>
public interface IBrainStrategyFactory : IStrategyDescriptor
{
    /// <summary>
    /// Prepares one run over <paramref name="series"/>. <paramref name="given"/> are the parameters as the user gave them
    /// (to tell a default from an explicit value); <paramref name="parameters"/> are the same, checked and completed.
    /// </summary>
    BrainRun Prepare(LlmRuntime runtime, StrategyParameters parameters, IReadOnlyDictionary<string, string> given,
        IReadOnlyList<BarSeries> series, MarketCalendar? calendar, TimeProvider clock);
}
