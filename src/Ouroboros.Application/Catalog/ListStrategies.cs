using Ouroboros.Core.Strategies;

namespace Ouroboros.Application.Catalog;

/// <summary>Every strategy (built-in and brain) with its typed parameters, in name order, from the one registry.</summary>
public sealed class ListStrategies(StrategyRegistry registry)
{
    public IReadOnlyList<IStrategyDescriptor> Execute() => [.. registry.All.OrderBy(f => f.Name, StringComparer.Ordinal)];
}
