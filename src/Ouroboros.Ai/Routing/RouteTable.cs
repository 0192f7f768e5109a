using Ouroboros.Core.Language;

namespace Ouroboros.Ai.Routing;

/// <summary>
/// Which profiles serve each task, in order: the first is tried first, and when it fails, is over budget or keeps
/// failing after retries, the next is tried. The rules engine is the implicit end of every chain. A task without a
/// route has no model (it goes straight to rules). <see cref="Timeouts"/> bounds each call of a task.
/// </summary>
public sealed record RouteTable(IReadOnlyDictionary<LlmTask, IReadOnlyList<string>> Chains, IReadOnlyDictionary<LlmTask, TimeSpan> Timeouts)
{
    public static TimeSpan DefaultTimeout { get; } = TimeSpan.FromSeconds(60);

    public IReadOnlyList<string> ChainFor(LlmTask task) => Chains.TryGetValue(task, out var chain) ? chain : [];

    public TimeSpan TimeoutFor(LlmTask task) => Timeouts.TryGetValue(task, out var t) ? t : DefaultTimeout;
}
