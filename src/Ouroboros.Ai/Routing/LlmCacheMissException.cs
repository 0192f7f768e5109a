namespace Ouroboros.Ai.Routing;

/// <summary>A replay found no recorded answer: the run is not reproducible from the cache, so it stops.</summary>
public sealed class LlmCacheMissException : Exception
{
    public LlmCacheMissException()
    {
    }

    public LlmCacheMissException(string message) : base(message)
    {
    }

    public LlmCacheMissException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
