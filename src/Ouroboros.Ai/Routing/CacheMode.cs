namespace Ouroboros.Ai.Routing;

/// <summary>
/// <c>--llm-cache</c>: Off calls models and stores nothing; Record answers from the cache when it can and stores
/// every new answer; Replay answers only from the cache, and a miss is an error naming the prompt, never a live call.
/// </summary>
public enum CacheMode
{
    Off,
    Record,
    Replay,
}
