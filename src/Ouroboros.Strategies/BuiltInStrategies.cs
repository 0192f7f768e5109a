using Ouroboros.Core.Strategies;

namespace Ouroboros.Strategies;

/// <summary>The strategies that ship with Ouroboros: sma-cross, momentum and triple-rsi.</summary>
public static class BuiltInStrategies
{
    /// <summary>A fresh factory for each built-in strategy, in name order.</summary>
    public static IReadOnlyList<IStrategyFactory> Factories() =>
        [new MomentumFactory(), new SmaCrossFactory(), new TripleRsiFactory()];

    /// <summary>A registry holding every built-in strategy.</summary>
    public static StrategyRegistry Registry() => new(Factories());

    /// <summary>
    /// Creates a built-in strategy from parameter text; unknown names, bad values and bad combinations are reported
    /// together in one <see cref="StrategyConfigurationException"/>.
    /// </summary>
    public static (IStrategy Strategy, StrategyParameters Parameters) Create(string name, IReadOnlyDictionary<string, string> parameters) =>
        Registry().Create(name, parameters);
}
