using Ouroboros.Core.Language;
using Ouroboros.Ai.Budgets;
using Ouroboros.Ai.Planning;
using Ouroboros.Ai.Prompts;
using Ouroboros.Ai.Providers;
using Ouroboros.Ai.Routing;
using Ouroboros.Core.Planning;
using Ouroboros.Core.Ports;
using Ouroboros.Hosting.Configuration;
using Ouroboros.Storage.Sqlite;
using Ouroboros.Strategies.Planning;
using Ouroboros.Strategies.Scanning;

namespace Ouroboros.Hosting.Llm;

/// <summary>
/// The brain wired from options: providers, the router with budgets seeded from today's <c>llm_calls</c>, the
/// response cache, prompts (user templates over the built-in ones), the scanner and the planners.
/// </summary>
public sealed class LlmRuntime
{
    private LlmRuntime(OuroborosOptions options, LlmRouter router, PromptComposer composer, IPlaybookStore playbooks, ILlmCallLog calls, CacheMode cache)
    {
        Options = options;
        Router = router;
        Composer = composer;
        Playbooks = playbooks;
        Calls = calls;
        CacheMode = cache;
        Scanner = new VolatilityScanner(new VolatilityScannerOptions { TopN = options.Llm.ScannerTopN });
        Rules = new RulesPlaybookPlanner(new RulesPlannerOptions { Scanner = Scanner.Options });
    }

    public OuroborosOptions Options { get; }
    public LlmRouter Router { get; }
    public PromptComposer Composer { get; }
    public IPlaybookStore Playbooks { get; }
    public ILlmCallLog Calls { get; }
    public CacheMode CacheMode { get; }
    public VolatilityScanner Scanner { get; }
    public RulesPlaybookPlanner Rules { get; }

    /// <summary>True when at least one provider is configured.</summary>
    public bool HasModels => Options.Llm.AnyProvider;

    public static async Task<LlmRuntime> CreateAsync(OuroborosOptions options, SqliteStoreOptions store, TimeProvider clock,
        CacheMode? cacheOverride = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var llm = options.Llm;
        var calls = await SqliteLlmCallLog.OpenAsync(store, clock, cancellationToken).ConfigureAwait(false);
        var cache = await SqliteResponseCache.OpenAsync(store, clock, cancellationToken).ConfigureAwait(false);
        var playbooks = await SqlitePlaybookStore.OpenAsync(store, clock, cancellationToken).ConfigureAwait(false);
        var budgets = new BudgetBook(llm.ProviderBudgets, llm.TaskBudgets);
        var now = clock.GetUtcNow();
        // Two days back covers every reset zone's "today".
        budgets.Seed(await calls.ListAsync(now.AddDays(-2), now.AddMinutes(1), cancellationToken).ConfigureAwait(false));
        var profiles = llm.Providers.Select(p => new ModelProfile(p.Settings.Name, p.Tier,
            ChatModelFactory.Create(p.Settings with { DefaultTimeout = llm.CallTimeout }, clock))).ToList();
        var routes = new RouteTable(llm.Routes, LlmTasks.All.ToDictionary(t => t, t => t == LlmTask.Playbook ? llm.PlaybookTimeout : llm.CallTimeout));
        var mode = cacheOverride ?? llm.Cache;
        var router = new LlmRouter(new RouterSetup(profiles, routes, budgets, llm.Prices, clock, calls, cache, mode, llm.Retry));
        var composer = new PromptComposer(new PromptTemplates(Directory.Exists(llm.PromptDirectory) ? llm.PromptDirectory : null));
        return new LlmRuntime(options, router, composer, playbooks, calls, mode);
    }

    /// <summary>"rules" always works; "llm" asks the models and falls back to rules when none can answer.</summary>
    public IPlaybookPlanner Planner(string name) => name.ToLowerInvariant() switch
    {
        "rules" => Rules,
        "llm" => new LlmPlaybookPlanner(Router, Composer, Rules, Candidates, RiskLines()),
        _ => throw new FormatException($"--planner must be rules or llm, not '{name}'"),
    };

    /// <summary>The default planner: the model when one is configured, else rules.</summary>
    public string DefaultPlanner => HasModels ? "llm" : "rules";

    public PlanningCandidates Candidates(PlanningRequest request)
    {
        var scan = Scanner.Scan(request);
        return new PlanningCandidates([.. scan.Picks.Select(p => p.Instrument)], [.. scan.Describe().Split('\n', StringSplitOptions.RemoveEmptyEntries)]);
    }

    /// <summary>The limits in force, as short lines for prompts.</summary>
    public IReadOnlyList<string> RiskLines()
    {
        var r = Options.Risk;
        return
        [
            $"model decisions below confidence {Options.Llm.MinConfidence} are ignored",
            .. Ouroboros.Risk.Policy.RiskPolicy.Limits.Take(12).Select(l => $"{l.Key} = {r.PolicyValue(l.Key)?.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture) ?? "n/a"} ({l.Description})"),
        ];
    }
}
