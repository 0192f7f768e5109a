using Microsoft.Extensions.DependencyInjection;
using Ouroboros.MarketData;
using Ouroboros.Core.Ports;
using Ouroboros.Core.Strategies;
using Ouroboros.Hosting.Backtesting;
using Ouroboros.Hosting.Configuration;
using Ouroboros.Hosting.Llm;
using Ouroboros.Storage.Sqlite;
using Ouroboros.Strategies;

namespace Ouroboros.Hosting;

/// <summary>The one place where Ouroboros is wired together from validated options.</summary>
public static class Composition
{
    public static IServiceCollection AddOuroboros(this IServiceCollection services, OuroborosOptions options, SqliteStoreOptions? storeOptions = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var store = storeOptions ?? new SqliteStoreOptions { Path = options.StoragePath };
        services.AddSingleton(options);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(store);
        services.AddSingleton(BuiltInStrategies.Registry());
        services.AddSingleton(_ => Loader(options));
        services.AddSingleton<Func<CancellationToken, Task<IRunStore>>>(sp =>
            async ct => await SqliteRunStore.OpenAsync(sp.GetRequiredService<SqliteStoreOptions>(), sp.GetRequiredService<TimeProvider>(), ct).ConfigureAwait(false));
        services.AddSingleton(sp => new BacktestService(
            sp.GetRequiredService<StrategyRegistry>(), sp.GetRequiredService<MarketDataLoader>(), options.UseCache,
            sp.GetRequiredService<Func<CancellationToken, Task<IRunStore>>>(), sp.GetRequiredService<TimeProvider>(),
            new BrainStrategies((cache, ct) => LlmRuntime.CreateAsync(options, store, sp.GetRequiredService<TimeProvider>(), cache, ct), sp.GetRequiredService<TimeProvider>())));
        return services;
    }

    /// <summary>The market-data loader with the configured binary cache.</summary>
    public static MarketDataLoader Loader(OuroborosOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new MarketDataLoader(new BinaryBarCache(options.CacheDirectory));
    }

    public static BacktestService BacktestService(OuroborosOptions options, SqliteStoreOptions storeOptions) =>
        Provider(options, storeOptions).GetRequiredService<BacktestService>();

    public static Task<IRunStore> OpenStoreAsync(OuroborosOptions options, SqliteStoreOptions storeOptions, CancellationToken cancellationToken) =>
        Provider(options, storeOptions).GetRequiredService<Func<CancellationToken, Task<IRunStore>>>()(cancellationToken);

    private static ServiceProvider Provider(OuroborosOptions options, SqliteStoreOptions storeOptions) =>
        new ServiceCollection().AddOuroboros(options, storeOptions).BuildServiceProvider();
}
