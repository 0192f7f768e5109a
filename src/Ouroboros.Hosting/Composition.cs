using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Ouroboros.Application;
using Ouroboros.Application.Backtests;
using Ouroboros.Application.Brain;
using Ouroboros.Brokers.Kis;
using Ouroboros.Hosting.Configuration;
using Ouroboros.Hosting.Journal;
using Ouroboros.Hosting.Llm;
using Ouroboros.Hosting.Telemetry;
using Ouroboros.MarketData;
using Ouroboros.Storage.Sqlite;
using Ouroboros.Strategies;

namespace Ouroboros.Hosting;

/// <summary>
/// The one place where Ouroboros is wired together from validated options: one <c>AddX</c> per project, then the
/// ports the application needs (journal, LLM runtime), logging and, when an exporter is configured, telemetry.
/// </summary>
public static class Composition
{
    public static IServiceCollection AddOuroboros(this IServiceCollection services, OuroborosOptions options, SqliteStoreOptions? storeOptions = null,
        Action<ILoggingBuilder>? logging = null, bool? exportTelemetry = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var store = storeOptions ?? new SqliteStoreOptions { Path = options.StoragePath };
        services.AddSingleton(options);
        services.AddSingleton(TimeProvider.System);
        services.AddLogging(builder => logging?.Invoke(builder));
        services.AddMarketData(options.CacheDirectory);
        services.AddStrategies();
        services.AddSqliteStorage(store);
        services.AddBrain(options);
        services.AddSingleton(options.Kis);
        services.AddKis();
        services.AddSingleton(new BacktestDefaults(options.UseCache));
        services.AddSingleton(options.Risk);
        services.AddSingleton<IJournal, SqliteJournal>();
        services.AddApplication();
        services.AddSingleton(_ => Agents.EnvironmentCrashPoints.FromEnvironment());
        if (exportTelemetry ?? TelemetryExport.IsConfigured()) services.AddSingleton<TelemetryExport>();
        return services;
    }

    /// <summary>The LLM side: the runtime factory over the configured providers, the settings the brain strategies read and what a model probe needs.</summary>
    public static IServiceCollection AddBrain(this IServiceCollection services, OuroborosOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        services.AddSingleton(LlmRuntimeFactory.Settings(options));
        services.AddSingleton<ILlmRuntimeFactory, LlmRuntimeFactory>();
        services.AddSingleton(LlmRuntimeFactory.ProbeSettings(options));
        return services;
    }

    /// <summary>
    /// A service provider for one command or request. Telemetry export (when configured) starts here; disposing the
    /// provider flushes it.
    /// </summary>
    public static ServiceProvider Build(OuroborosOptions options, SqliteStoreOptions? storeOptions = null, Action<ILoggingBuilder>? logging = null)
    {
        var provider = new ServiceCollection().AddOuroboros(options, storeOptions, logging).BuildServiceProvider();
        provider.GetService<TelemetryExport>();
        return provider;
    }

    /// <summary>The CLI's logging: warnings and errors on stderr, so results on stdout stay clean for scripts.</summary>
    public static void ConsoleWarnings(ILoggingBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.SetMinimumLevel(LogLevel.Warning);
        builder.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
    }

    /// <summary>The market-data loader with the configured binary cache.</summary>
    public static MarketDataLoader Loader(OuroborosOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new MarketDataLoader(new BinaryBarCache(options.CacheDirectory));
    }
}
