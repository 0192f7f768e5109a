using Ouroboros.Core.Language;
using Ouroboros.Ai.Budgets;
using Ouroboros.Ai.Prompts;
using Ouroboros.Ai.Routing;
using Ouroboros.Application.Backtests;
using Ouroboros.Application.Brain;
using Ouroboros.Application.LlmUsage;
using Ouroboros.Application.Operations;
using Ouroboros.Application.Planning;
using Ouroboros.Application.Runs;
using Ouroboros.Core.Agent;
using Ouroboros.Core.Ports;
using Ouroboros.MarketData;
using Ouroboros.Risk.Policy;
using Ouroboros.Storage.Sqlite;
using Ouroboros.Storage.Sqlite.Agents;
using Ouroboros.TestKit;

namespace Ouroboros.Application.Tests;

/// <summary>
/// The use cases wired the way a host would, without the host: a SQLite journal in a temp directory and an LLM
/// runtime with no provider (so every planner is the rules engine and no test calls a model).
/// </summary>
public sealed class TestApplication : IJournal, ILlmRuntimeFactory, IDisposable
{
    private readonly TempDirectory _tmp = new();
    private readonly SqliteStoreOptions _store;

    public TestApplication(BrainSettings? brain = null, TimeProvider? clock = null)
    {
        _store = new SqliteStoreOptions { Path = _tmp.File("journal.db") };
        Brain = brain ?? DefaultBrain;
        Clock = clock ?? TimeProvider.System;
    }

    /// <summary>The defaults of the Llm:* settings, with no provider configured.</summary>
    public static BrainSettings DefaultBrain { get; } = new(false, TimeSpan.FromSeconds(180), TimeSpan.FromMinutes(30), 5, 3, 80, 4, RiskPolicy.Hard);

    public BrainSettings Brain { get; }
    public TimeProvider Clock { get; }
    public string Name => _store.Path;
    public string Path => System.IO.Path.GetFullPath(_store.Path);
    public SqliteStoreOptions Store => _store;
    public TempDirectory Temp => _tmp;

    public RunBacktest Backtests(bool withBrain = true) => new(Preparation(withBrain), this, Clock);

    public BacktestPreparation Preparation(bool withBrain = true) =>
        new(BrainStrategies.Registry(), new MarketDataLoader(null), new BacktestDefaults(false), Clock, withBrain ? this : null);

    public PlanDay Plans() => new(new MarketDataLoader(null), new BacktestDefaults(false), Brain, this, Clock);

    public TradingStateOperations TradingStates(RiskLimits? limits = null) => new(this, limits ?? RiskPolicy.Hard, Clock);

    public RunQueries Runs() => new(this);

    public LlmUsageQuery LlmUsage() => new(this, Clock);

    public async Task<IRunStore> RunsAsync(CancellationToken cancellationToken) => await SqliteRunStore.OpenAsync(_store, Clock, cancellationToken);

    public async Task<ITradingStateStore> TradingStatesAsync(CancellationToken cancellationToken) =>
        await SqliteTradingStateStore.OpenAsync(_store, Clock, cancellationToken);

    public async Task<ILlmCallLog> LlmCallsAsync(CancellationToken cancellationToken) => await SqliteLlmCallLog.OpenAsync(_store, Clock, cancellationToken);

    public async Task<IAgentStore> AgentsAsync(CancellationToken cancellationToken) => await SqliteAgentStore.OpenAsync(_store, Clock, cancellationToken);

    public async Task<IPlaybookStore> PlaybooksAsync(CancellationToken cancellationToken) => await SqlitePlaybookStore.OpenAsync(_store, Clock, cancellationToken);

    public IJournalMaintenance Maintenance() => new Ouroboros.Storage.Sqlite.Maintenance.SqliteJournalMaintenance(_store);

    public async Task<LlmRuntime> CreateAsync(CacheMode? cache, CancellationToken cancellationToken)
    {
        var calls = await SqliteLlmCallLog.OpenAsync(_store, Clock, cancellationToken);
        var playbooks = await SqlitePlaybookStore.OpenAsync(_store, Clock, cancellationToken);
        var empty = new Dictionary<string, BudgetLimits>();
        var routes = new RouteTable(new Dictionary<LlmTask, IReadOnlyList<string>>(), new Dictionary<LlmTask, TimeSpan>());
        var router = new LlmRouter(new RouterSetup([], routes, new BudgetBook(empty, empty), PriceTable.Empty, Clock, calls));
        return new LlmRuntime(Brain, router, new PromptComposer(), playbooks, calls, cache ?? CacheMode.Off);
    }

    public void Dispose() => _tmp.Dispose();
}
