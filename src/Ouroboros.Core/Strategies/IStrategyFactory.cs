namespace Ouroboros.Core.Strategies;

/// <summary>What a strategy is called, what it does and which parameters it takes: everything a front end lists.</summary>
public interface IStrategyDescriptor
{
    /// <summary>The name users type, e.g. "sma-cross".</summary>
    string Name { get; }
    string Description { get; }
    IReadOnlyList<StrategyParameter> Parameters { get; }

    /// <summary>Problems that involve more than one parameter (e.g. fast must be below slow); none by default.</summary>
    IEnumerable<string> CheckCombination(ParameterValues values) => [];
}

/// <summary>
/// Creates one kind of strategy from validated parameters alone. Strategies that need more (the LLM runtime) are
/// described by an <see cref="IStrategyDescriptor"/> whose factory the application layer hands what it needs.
/// </summary>
public interface IStrategyFactory : IStrategyDescriptor
{
    /// <summary>Builds the strategy from parameters that passed every check of <see cref="StrategyParameters.Bind"/>.</summary>
    IStrategy Create(StrategyParameters parameters);
}
