using Ouroboros.Ai.Routing;

namespace Ouroboros.Application.Brain;

/// <summary>
/// Builds the LLM runtime for one use: the host knows the providers, budgets and stores; a use case only says which
/// cache mode it wants (null: the configured one).
/// </summary>
public interface ILlmRuntimeFactory
{
    Task<LlmRuntime> CreateAsync(CacheMode? cache, CancellationToken cancellationToken);
}
