using Ouroboros.Core.Strategies;
using Ouroboros.Strategies;

namespace Ouroboros.Application.Brain;

/// <summary>
/// The strategies that need the brain — <c>playbook</c> (a planner writes each day's scenarios, the scenario engine
/// matches them) and <c>llm</c> (direct model decisions) — and the one registry of every strategy, built-in and brain.
/// They run through the same kernel, broker simulation and risk gates as every other strategy.
/// </summary>
public static class BrainStrategies
{
    /// <summary>
    /// Bars before the start date that a playbook or llm backtest warms up on unless the request says otherwise: enough
    /// for SMA50, the scanner's 20-bar figures and a prompt's daily and weekly history, so the first traded day is planned warm.
    /// </summary>
    public const int DefaultWarmUpBars = 120;

    public static IReadOnlyList<IBrainStrategyFactory> Factories() => [new LlmStrategyFactory(), new PlaybookStrategyFactory()];

    /// <summary>Every strategy: the built-in ones and those that need the brain.</summary>
    public static StrategyRegistry Registry() => new([.. BuiltInStrategies.Factories(), .. Factories()]);
}
