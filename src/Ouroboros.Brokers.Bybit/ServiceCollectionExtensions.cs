using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Ouroboros.Brokers.Bybit;

/// <summary>
/// <c>AddBybit</c>: one <see cref="HttpClient"/> for every Bybit call of the process (pooled connections are recycled
/// every few minutes so a DNS change is seen) and <see cref="BybitClientFactory"/> over it. The host supplies the
/// <see cref="TimeProvider"/> and logging.
/// </summary>
public static class ServiceCollectionExtensions
{
    public static IServiceCollection AddBybit(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(sp => new BybitClientFactory(BybitHttp(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILoggerFactory>()));
        return services;
    }

    // Each request has its own deadline (BybitClientSettings.RequestTimeout); the client's is only a backstop.
    private static HttpClient BybitHttp() => new(new SocketsHttpHandler
    {
        ConnectTimeout = TimeSpan.FromSeconds(10),
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        PooledConnectionIdleTimeout = TimeSpan.FromMinutes(1),
    })
    {
        Timeout = TimeSpan.FromSeconds(60),
    };
}
