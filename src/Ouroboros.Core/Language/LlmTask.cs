namespace Ouroboros.Core.Language;

/// <summary>What a model is asked to do; each task has its own route, timeout and budget.</summary>
public enum LlmTask
{
    TradingDecision,
    BatchDecision,
    Playbook,
    NewsClassification,
    Translation,
    LossReview,
    DailyReview,
    Chat,
}

/// <summary>The kebab-case names used in configuration, <c>llm_calls.task</c> and the CLI.</summary>
public static class LlmTasks
{
    public static IReadOnlyList<LlmTask> All { get; } = Enum.GetValues<LlmTask>();

    public static string Name(LlmTask task) => task switch
    {
        LlmTask.TradingDecision => "trading-decision",
        LlmTask.BatchDecision => "batch-decision",
        LlmTask.Playbook => "playbook",
        LlmTask.NewsClassification => "news-classification",
        LlmTask.Translation => "translation",
        LlmTask.LossReview => "loss-review",
        LlmTask.DailyReview => "daily-review",
        LlmTask.Chat => "chat",
        _ => throw new ArgumentOutOfRangeException(nameof(task), task, null),
    };

    public static bool TryParse(string text, out LlmTask task)
    {
        foreach (var t in All)
        {
            if (!string.Equals(Name(t), text?.Trim(), StringComparison.OrdinalIgnoreCase)) continue;
            task = t;
            return true;
        }
        task = default;
        return false;
    }
}
