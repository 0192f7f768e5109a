using Ouroboros.Core.Language;
using Ouroboros.Core.Errors;
using Ouroboros.Ai.Planning;
using Ouroboros.Ai.Prompts;
using Ouroboros.Ai.Routing;
using Ouroboros.Core.Planning;
using Ouroboros.Core.Ports;
using Ouroboros.Strategies.Planning;
using Ouroboros.Strategies.Scanning;

namespace Ouroboros.Application.Brain;

/// <summary>
/// The brain a host wired (see <see cref="ILlmRuntimeFactory"/>): the router with its providers, budgets and cache,
/// prompts (user templates over the built-in ones), the stores it writes to, the scanner and the planners.
/// </summary>
public sealed class LlmRuntime
{
    public LlmRuntime(BrainSettings settings, LlmRouter router, PromptComposer composer, IPlaybookStore playbooks, ILlmCallLog calls, CacheMode cache)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Settings = settings;
        Router = router;
        Composer = composer;
        Playbooks = playbooks;
        Calls = calls;
        CacheMode = cache;
        Scanner = new VolatilityScanner(new VolatilityScannerOptions { TopN = settings.ScannerTopN });
        Rules = new RulesPlaybookPlanner(new RulesPlannerOptions { Scanner = Scanner.Options });
    }

    public BrainSettings Settings { get; }
    /// <summary>The router, for what needs its profiles (the model probe).</summary>
    public LlmRouter Router { get; }

    /// <summary>What strategies and planners ask: the language-model port, by task (ADR 0002).</summary>
    public ILanguageModel Model => Router;
    public PromptComposer Composer { get; }
    public IPlaybookStore Playbooks { get; }
    public ILlmCallLog Calls { get; }
    public CacheMode CacheMode { get; }
    public VolatilityScanner Scanner { get; }
    public RulesPlaybookPlanner Rules { get; }

    /// <summary>True when at least one provider is configured.</summary>
    public bool HasModels => Settings.HasModels;

    /// <summary>"rules" always works; "llm" asks the models and falls back to rules when none can answer.</summary>
    public IPlaybookPlanner Planner(string name) => name.ToLowerInvariant() switch
    {
        "rules" => Rules,
        "llm" => new LlmPlaybookPlanner(Model, Composer, Rules, Candidates, RiskLines()),
        _ => throw new InvalidInputException("planner", $"«planner» must be rules or llm, not '{name}'"),
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
        var r = Settings.Risk;
        return
        [
            $"model decisions below confidence {Settings.MinConfidence} are ignored",
            .. Ouroboros.Risk.Policy.RiskPolicy.Limits.Take(12).Select(l => $"{l.Key} = {r.PolicyValue(l.Key)?.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture) ?? "n/a"} ({l.Description})"),
        ];
    }
}
