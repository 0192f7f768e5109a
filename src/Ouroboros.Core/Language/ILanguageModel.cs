namespace Ouroboros.Core.Language;

/// <summary>
/// The one way any feature asks a language model: by task, never by provider. The implementation (the router in
/// Ouroboros.Ai) picks the profile chain configured for the task, applies the response cache and budgets, retries and
/// falls back, prices and logs every attempt. It never throws for a provider's failure: an unanswered call comes back
/// with <see cref="RoutedAnswer.NoAnswerReason"/>, and the caller uses its rules instead. News classification, loss
/// reviews and planners depend on this port, so none of them references an adapter.
/// </summary>
public interface ILanguageModel
{
    /// <summary>True when the task has at least one model configured (it may still be over budget).</summary>
    bool HasRoute(LlmTask task);

    Task<RoutedAnswer> CompleteAsync(LlmTask task, ChatRequest request, CancellationToken cancellationToken);
}
