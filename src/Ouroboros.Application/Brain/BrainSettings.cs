using Ouroboros.Risk.Policy;

namespace Ouroboros.Application.Brain;

/// <summary>
/// The knobs of the playbook and llm strategies that the host's LLM configuration decides (Llm:* settings) and the
/// risk limits prompts quote. <see cref="HasModels"/> is false when no provider is configured: then the rules decide.
/// </summary>
public sealed record BrainSettings(
    bool HasModels,
    TimeSpan PlaybookTimeout,
    TimeSpan PlanningLead,
    int MaxScenarios,
    int ScannerTopN,
    int MinConfidence,
    int BatchSessionsPerDay,
    RiskLimits Risk);
