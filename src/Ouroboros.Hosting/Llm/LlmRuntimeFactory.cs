using Ouroboros.Core.Language;
using Microsoft.Extensions.Logging;
using Ouroboros.Ai.Budgets;
using Ouroboros.Ai.Prompts;
using Ouroboros.Ai.Providers;
using Ouroboros.Ai.Routing;
using Ouroboros.Application.Brain;
using Ouroboros.Hosting.Configuration;
using Ouroboros.Storage.Sqlite;

namespace Ouroboros.Hosting.Llm;

/// <summary>
/// Builds the <see cref="LlmRuntime"/> from validated options: providers, the router with budgets seeded from today's
/// <c>llm_calls</c>, the response cache, prompts (user templates over the built-in ones) and the SQLite stores.
/// </summary>
public sealed class LlmRuntimeFactory(OuroborosOptions options, SqliteStoreOptions store, TimeProvider clock, ILoggerFactory? logging = null) : ILlmRuntimeFactory
{
    /// <summary>The knobs the brain strategies and the planner read, from the Llm:* settings and the risk limits.</summary>
    public static BrainSettings Settings(OuroborosOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var llm = options.Llm;
        return new BrainSettings(llm.AnyProvider, llm.PlaybookTimeout, llm.PlanningLead, llm.MaxScenarios, llm.ScannerTopN, llm.MinConfidence,
            llm.BatchSessionsPerDay, options.Risk);
    }

    /// <summary>The profiles in configuration order, their prices and their keys (only so probe messages can be scrubbed of them).</summary>
    public static ModelProbeSettings ProbeSettings(OuroborosOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var providers = options.Llm.Providers;
        return new ModelProbeSettings([.. providers.Select(p => p.Settings.Name)], options.Llm.Prices,
            [.. providers.Select(p => p.Settings.ApiKey).OfType<string>()]);
    }

    public async Task<LlmRuntime> CreateAsync(CacheMode? cache, CancellationToken cancellationToken)
    {
        var llm = options.Llm;
        var calls = await SqliteLlmCallLog.OpenAsync(store, clock, cancellationToken).ConfigureAwait(false);
        var responses = await SqliteResponseCache.OpenAsync(store, clock, cancellationToken).ConfigureAwait(false);
        var playbooks = await SqlitePlaybookStore.OpenAsync(store, clock, cancellationToken).ConfigureAwait(false);
        var budgets = new BudgetBook(llm.ProviderBudgets, llm.TaskBudgets);
        var now = clock.GetUtcNow();
        // Two days back covers every reset zone's "today".
        budgets.Seed(await calls.ListAsync(now.AddDays(-2), now.AddMinutes(1), cancellationToken).ConfigureAwait(false));
        var profiles = llm.Providers.Select(p => new ModelProfile(p.Settings.Name, p.Tier,
            ChatModelFactory.Create(p.Settings with { DefaultTimeout = llm.CallTimeout }, clock))).ToList();
        var routes = new RouteTable(llm.Routes, LlmTasks.All.ToDictionary(t => t, t => t == LlmTask.Playbook ? llm.PlaybookTimeout : llm.CallTimeout));
        var mode = cache ?? llm.Cache;
        var router = new LlmRouter(new RouterSetup(profiles, routes, budgets, llm.Prices, clock, calls, responses, mode, llm.Retry, Breaker: llm.Breaker),
            logging?.CreateLogger<LlmRouter>());
        var composer = new PromptComposer(new PromptTemplates(Directory.Exists(llm.PromptDirectory) ? llm.PromptDirectory : null));
        return new LlmRuntime(Settings(options), router, composer, playbooks, calls, mode);
    }
}
