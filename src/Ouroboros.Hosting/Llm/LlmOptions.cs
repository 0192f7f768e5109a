using Ouroboros.Core.Language;
using Ouroboros.Ai.Budgets;
using Ouroboros.Ai.Providers;
using Ouroboros.Ai.Routing;
using Ouroboros.Hosting.Configuration;

namespace Ouroboros.Hosting.Llm;

/// <summary>
/// The validated LLM configuration: the providers that are configured (from API key variables and Llm:Profiles),
/// the route of every task, budgets, prices and the knobs of the three modes. <see cref="Providers"/> is empty when
/// no key is set: then everything runs on the rules engine.
/// </summary>
public sealed record LlmOptions(
    IReadOnlyList<(ProviderSettings Settings, ModelTier Tier)> Providers,
    IReadOnlyDictionary<LlmTask, IReadOnlyList<string>> Routes,
    IReadOnlyDictionary<string, BudgetLimits> ProviderBudgets,
    IReadOnlyDictionary<string, BudgetLimits> TaskBudgets,
    PriceTable Prices,
    CacheMode Cache,
    string PromptDirectory,
    TimeSpan CallTimeout,
    TimeSpan PlaybookTimeout,
    RetryOptions Retry,
    TimeSpan PlanningLead,
    int MaxScenarios,
    int ScannerTopN,
    int MinConfidence,
    int BatchSessionsPerDay,
    CircuitBreakerOptions? Breaker = null)
{
    public bool AnyProvider => Providers.Count > 0;

    /// <summary>Builds the options from validated Llm:* values; adds every cross-setting problem to <paramref name="problems"/>.</summary>
    internal static LlmOptions From(Func<string, string> get, LlmEnvironment env, List<string> problems)
    {
        var providers = new List<(ProviderSettings, ModelTier)>();
        if (env["OPENAI_API_KEY"] is not null || env["OPENAI_BASE_URL"] is not null)
        {
            var url = env["OPENAI_BASE_URL"] ?? ProviderSettings.OpenAiDefaultBaseUrl;
            providers.Add((new ProviderSettings("openai", ProviderKind.OpenAiCompatible, url, env["OPENAI_API_KEY"], env["OPENAI_MODEL"] ?? get("Llm:OpenAiModel")),
                IsLocal(url) ? ModelTier.Local : ModelTier.Quick));
        }
        if (env["GEMINI_API_KEY"] is not null)
        {
            providers.Add((new ProviderSettings("gemini", ProviderKind.Gemini, env["GEMINI_BASE_URL"] ?? ProviderSettings.GeminiDefaultBaseUrl,
                env["GEMINI_API_KEY"], get("Llm:GeminiModel")), ModelTier.Quick));
        }
        if (env["ANTHROPIC_API_KEY"] is not null)
        {
            providers.Add((new ProviderSettings("anthropic", ProviderKind.Anthropic, env["ANTHROPIC_BASE_URL"] ?? ProviderSettings.AnthropicDefaultBaseUrl,
                env["ANTHROPIC_API_KEY"], get("Llm:AnthropicModel")), ModelTier.Deep));
        }
        foreach (var spec in LlmProfileSpec.Parse(get("Llm:Profiles"), problems))
        {
            var url = spec.BaseUrl ?? ProviderSettings.DefaultBaseUrl(spec.Kind);
            var key = spec.KeyVariable is { } variable ? env[variable] : null;
            if (spec.KeyVariable is { } v && key is null) problems.Add($"profile {spec.Name}: its key variable {v} is not set");
            providers.RemoveAll(p => string.Equals(p.Item1.Name, spec.Name, StringComparison.OrdinalIgnoreCase));
            providers.Add((new ProviderSettings(spec.Name, spec.Kind, url, key, spec.Model, UseMaxTokensField: IsLocal(url)), spec.Tier));
        }
        foreach (var (settings, _) in providers) problems.AddRange(settings.Validate());

        var routes = new Dictionary<LlmTask, IReadOnlyList<string>>(LlmRouteSpec.Parse(get("Llm:Routes"), problems));
        var names = providers.Select(p => p.Item1.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var (task, chain) in routes)
        {
            foreach (var missing in chain.Where(n => !names.Contains(n)))
                problems.Add($"Llm:Routes: {LlmTasks.Name(task)} names profile '{missing}', which is not configured (configured: {(names.Count == 0 ? "none" : string.Join(", ", names))})");
        }
        foreach (var task in LlmTasks.All.Where(t => !routes.ContainsKey(t))) routes[task] = DefaultChain(task, providers);

        var (providerBudgets, taskBudgets) = LlmBudgetSpec.Parse(get("Llm:Budgets"), problems);
        var prices = PriceTable.Parse(get("Llm:Prices"), out _);
        var timeout = TimeSpan.FromSeconds((double)LlmSettings.Number(get("Llm:TimeoutSeconds")));
        var retry = new RetryOptions((int)LlmSettings.Number(get("Llm:MaxAttempts")), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(20),
            TimeSpan.FromSeconds((double)LlmSettings.Number(get("Llm:MaxRetryAfterSeconds"))));
        return new LlmOptions(
            providers, routes, providerBudgets, taskBudgets, prices,
            Enum.Parse<CacheMode>(get("Llm:Cache"), ignoreCase: true),
            get("Llm:PromptDirectory"), timeout,
            TimeSpan.FromSeconds((double)LlmSettings.Number(get("Llm:PlaybookTimeoutSeconds"))), retry,
            TimeSpan.FromMinutes((double)LlmSettings.Number(get("Llm:PlanningLeadMinutes"))),
            (int)LlmSettings.Number(get("Llm:MaxScenarios")), (int)LlmSettings.Number(get("Llm:ScannerTopN")),
            (int)LlmSettings.Number(get("Llm:MinConfidence")),
            (int)LlmSettings.Number(get("Llm:BatchSessionsPerDay")),
            new CircuitBreakerOptions((int)LlmSettings.Number(get("Llm:BreakerFailures")),
                TimeSpan.FromSeconds((double)LlmSettings.Number(get("Llm:BreakerCoolOffSeconds")))));
    }

    /// <summary>Deep first for planning and reviews, quick first for the rest; local models last but before rules.</summary>
    private static IReadOnlyList<string> DefaultChain(LlmTask task, List<(ProviderSettings Settings, ModelTier Tier)> providers)
    {
        ModelTier[] order = task is LlmTask.Playbook or LlmTask.LossReview or LlmTask.DailyReview
            ? [ModelTier.Deep, ModelTier.Quick, ModelTier.Local]
            : [ModelTier.Quick, ModelTier.Deep, ModelTier.Local];
        return [.. order.SelectMany(tier => providers.Where(p => p.Tier == tier).Select(p => p.Settings.Name))];
    }

    private static bool IsLocal(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var u) && (u.IsLoopback || u.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase));
}
