namespace Ouroboros.Core.Strategies;

/// <summary>Finds strategies by name: the one list of every strategy there is, whatever it needs to be built.</summary>
public sealed class StrategyRegistry(IEnumerable<IStrategyDescriptor> strategies)
{
    private readonly Dictionary<string, IStrategyDescriptor> _strategies = strategies.ToDictionary(f => f.Name, StringComparer.OrdinalIgnoreCase);

    public IReadOnlyCollection<IStrategyDescriptor> All => _strategies.Values;

    public IStrategyDescriptor Get(string name) => _strategies.TryGetValue(name, out var f)
        ? f
        : throw new StrategyConfigurationException($"unknown strategy '{name}'; available: {string.Join(", ", _strategies.Keys.Order(StringComparer.Ordinal))}");

    /// <summary>The strategy and its parameters checked (unknown names, bad values and bad combinations together).</summary>
    public (IStrategyDescriptor Strategy, StrategyParameters Parameters) Bind(string name, IReadOnlyDictionary<string, string> parameters)
    {
        var descriptor = Get(name);
        return (descriptor, StrategyParameters.Bind(descriptor.Name, descriptor.Parameters, parameters, descriptor.CheckCombination));
    }

    /// <summary>Builds a strategy that needs nothing but its parameters.</summary>
    public (IStrategy Strategy, StrategyParameters Parameters) Create(string name, IReadOnlyDictionary<string, string> parameters)
    {
        var (descriptor, bound) = Bind(name, parameters);
        return descriptor is IStrategyFactory factory
            ? (factory.Create(bound), bound)
            : throw new StrategyConfigurationException($"strategy '{descriptor.Name}' needs the LLM runtime, which this host did not wire");
    }
}
