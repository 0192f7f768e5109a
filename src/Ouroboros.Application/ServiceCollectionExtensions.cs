using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Ouroboros.Application.Backtests;
using Ouroboros.Application.Brain;
using Ouroboros.Application.Catalog;
using Ouroboros.Application.Indicators;
using Ouroboros.Application.LlmUsage;
using Ouroboros.Application.MarketData;
using Ouroboros.Application.Markets;
using Ouroboros.Application.Operations;
using Ouroboros.Application.Planning;
using Ouroboros.Application.Runs;
using Ouroboros.Application.Sessions;
using Ouroboros.Core.Strategies;

namespace Ouroboros.Application;

/// <summary>
/// <c>AddApplication</c>: the use cases, the brain strategies and the one strategy registry over every
/// <see cref="IStrategyDescriptor"/> the other projects registered. The host supplies the ports: <see cref="IJournal"/>,
/// <see cref="ILlmRuntimeFactory"/>, <see cref="BrainSettings"/>, <see cref="BacktestDefaults"/>, the risk limits, the
/// market-data loader, a <see cref="TimeProvider"/> and, when models are configured, the <see cref="ModelProbeSettings"/>. Without a session host, sessions answer <see cref="NoSessionHost"/>.
/// </summary>
public static class ServiceCollectionExtensions
{
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        foreach (var factory in BrainStrategies.Factories()) services.AddSingleton<IStrategyDescriptor>(factory);
        services.TryAddSingleton(sp => new StrategyRegistry(sp.GetServices<IStrategyDescriptor>()));
        services.TryAddSingleton<ISessionControl, NoSessionHost>();
        services.TryAddTransient<BacktestPreparation>();
        services.TryAddTransient<RunBacktest>();
        services.TryAddTransient<Agents.RunAgent>();
        services.TryAddTransient<Agents.AgentStatusQuery>();
        services.TryAddTransient<Agents.AgentJournalQuery>();
        services.TryAddTransient<PlanDay>();
        services.TryAddTransient<TradingStateOperations>();
        services.TryAddTransient<RunQueries>();
        services.TryAddTransient<RunHousekeeping>();
        services.TryAddTransient<Maintenance.JournalCare>();
        services.TryAddTransient<LlmUsageQuery>();
        services.TryAddTransient<ListStrategies>();
        services.TryAddTransient<SessionOperations>();
        services.TryAddTransient<CheckData>();
        services.TryAddTransient<ComputeIndicators>();
        services.TryAddTransient<MarketStatus>();
        services.TryAddTransient<Monitoring.AgentJournalQueries>();
        services.TryAddTransient<Monitoring.PlaybookQueries>();
        services.TryAddSingleton(ModelProbeSettings.None);
        services.TryAddTransient<ProbeModels>();
        services.TryAddTransient<Kis.KisCheck>();
        services.TryAddTransient<Kis.KisBarFetch>();
        services.TryAddSingleton<Agents.IAgentBrokers, Kis.KisAgentBrokers>();
        return services;
    }
}
