using Ouroboros.Core.Errors;

namespace Ouroboros.Ai.Routing;

/// <summary>
/// A replay found no recorded answer: the run is not reproducible from the cache, so it stops. It is the user's to fix
/// (record first), so it is a <see cref="UserException"/> naming the cache-mode input.
/// </summary>
public sealed class LlmCacheMissException(string template) : UserException("llm-cache", template, null);
