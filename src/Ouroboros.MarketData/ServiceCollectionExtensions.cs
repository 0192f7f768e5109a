using Microsoft.Extensions.DependencyInjection;

namespace Ouroboros.MarketData;

/// <summary><c>AddMarketData</c>: the CSV loader, with the binary bar cache in <paramref name="cacheDirectory"/>.</summary>
public static class ServiceCollectionExtensions
{
    public static IServiceCollection AddMarketData(this IServiceCollection services, string? cacheDirectory)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton(new MarketDataLoader(new BinaryBarCache(cacheDirectory)));
        return services;
    }
}
