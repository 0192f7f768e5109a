namespace Ouroboros.Ai.Prompts;

/// <summary>The prompts Ouroboros sends. Each has a template pair, a response schema and a token budget.</summary>
public enum PromptKind
{
    /// <summary>One instrument, one decision (per-stock realtime).</summary>
    Decision,
    /// <summary>Many instruments, one decision each (batched daily).</summary>
    BatchDecision,
    /// <summary>One market's pre-market playbook.</summary>
    Playbook,
}

/// <summary>Names and defaults per <see cref="PromptKind"/>.</summary>
public static class PromptKinds
{
    public static IReadOnlyList<PromptKind> All { get; } = [PromptKind.Decision, PromptKind.BatchDecision, PromptKind.Playbook];

    /// <summary>The template file stem: <c>decision</c>, <c>batch-decision</c>, <c>playbook</c>.</summary>
    public static string TemplateName(PromptKind kind) => kind switch
    {
        PromptKind.Decision => "decision",
        PromptKind.BatchDecision => "batch-decision",
        PromptKind.Playbook => "playbook",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown prompt kind"),
    };

    /// <summary>Default token budgets: decision 3000, batch 6000, playbook 8000.</summary>
    public static int DefaultBudget(PromptKind kind) => kind switch
    {
        PromptKind.Decision => 3_000,
        PromptKind.BatchDecision => 6_000,
        PromptKind.Playbook => 8_000,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown prompt kind"),
    };
}
