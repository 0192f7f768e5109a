using Microsoft.Extensions.DependencyInjection;
using Ouroboros.Core.Strategies;

namespace Ouroboros.Strategies;

/// <summary><c>AddStrategies</c>: every built-in strategy as an <see cref="IStrategyDescriptor"/> for the one registry.</summary>
public static class ServiceCollectionExtensions
{
    public static IServiceCollection AddStrategies(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        foreach (var factory in BuiltInStrategies.Factories()) services.AddSingleton<IStrategyDescriptor>(factory);
        return services;
    }
}
