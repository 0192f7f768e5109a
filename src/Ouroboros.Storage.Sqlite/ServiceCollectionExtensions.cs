using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Ouroboros.Core.Ports;

namespace Ouroboros.Storage.Sqlite;

/// <summary>
/// <c>AddSqliteStorage</c>: where the SQLite journal lives. Stores are opened on demand (each open runs the
/// migrations once per file), so registering them costs nothing for commands that never touch the journal.
/// </summary>
public static class ServiceCollectionExtensions
{
    public static IServiceCollection AddSqliteStorage(this IServiceCollection services, SqliteStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(options);
        services.AddSingleton(options);
        // Broker tokens live in the journal's file, so restarts reuse them (KIS allows one issuance a minute).
        services.TryAddSingleton<IBrokerTokenStore>(sp => SqliteBrokerTokenStore.Open(options, sp.GetRequiredService<TimeProvider>()));
        return services;
    }
}
