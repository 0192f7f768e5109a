namespace Ouroboros.Core.Strategies;

/// <summary>Creates one kind of strategy from validated parameters.</summary>
public interface IStrategyFactory
{
    /// <summary>The name users type, e.g. "sma-cross".</summary>
    string Name { get; }
    string Description { get; }
    IReadOnlyList<StrategyParameter> Parameters { get; }

    /// <summary>Problems that involve more than one parameter (e.g. fast must be below slow); none by default.</summary>
    IEnumerable<string> CheckCombination(ParameterValues values) => [];

    /// <summary>Builds the strategy from parameters that passed every check of <see cref="StrategyParameters.Bind"/>.</summary>
    IStrategy Create(StrategyParameters parameters);
}

/// <summary>Finds strategies by name.</summary>
public sealed class StrategyRegistry(IEnumerable<IStrategyFactory> factories)
{
    private readonly Dictionary<string, IStrategyFactory> _factories = factories.ToDictionary(f => f.Name, StringComparer.OrdinalIgnoreCase);

    public IReadOnlyCollection<IStrategyFactory> All => _factories.Values;

    public IStrategyFactory Get(string name) => _factories.TryGetValue(name, out var f)
        ? f
        : throw new StrategyConfigurationException($"unknown strategy '{name}'; available: {string.Join(", ", _factories.Keys.Order(StringComparer.Ordinal))}");

    public (IStrategy Strategy, StrategyParameters Parameters) Create(string name, IReadOnlyDictionary<string, string> parameters)
    {
        var factory = Get(name);
        var bound = StrategyParameters.Bind(factory.Name, factory.Parameters, parameters, factory.CheckCombination);
        return (factory.Create(bound), bound);
    }
}
