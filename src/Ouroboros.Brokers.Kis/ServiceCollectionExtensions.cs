using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Ouroboros.Core.Ports;

namespace Ouroboros.Brokers.Kis;

/// <summary>
/// <c>AddKis</c>: what the KIS adapter needs besides its options: one <see cref="HttpClient"/> for every KIS call of the
/// process (no handler factory: KIS is one host per environment, and pooled connections are recycled every few minutes
/// so a DNS change is seen), and <see cref="KisClientFactory"/> over it. The host supplies the <see cref="TimeProvider"/>,
/// logging and the <see cref="IBrokerTokenStore"/> (the journal's).
/// </summary>
public static class ServiceCollectionExtensions
{
    public static IServiceCollection AddKis(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(sp => new KisClientFactory(KisHttp(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IBrokerTokenStore>(), sp.GetRequiredService<ILoggerFactory>()));
        return services;
    }

    // Each request has its own deadline (KisClientSettings.RequestTimeout); the client's is only a backstop.
    private static HttpClient KisHttp() => new(new SocketsHttpHandler
    {
        ConnectTimeout = TimeSpan.FromSeconds(10),
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        PooledConnectionIdleTimeout = TimeSpan.FromMinutes(1),
    })
    {
        Timeout = TimeSpan.FromSeconds(60),
    };
}
