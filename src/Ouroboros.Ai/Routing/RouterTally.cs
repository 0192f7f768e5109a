namespace Ouroboros.Ai.Routing;

/// <summary>
/// What a router did over its life (one run): calls that failed, calls not made because the provider was down,
/// moves to a route's next profile and requests no model answered (the caller's rules stood in). Summaries and
/// reports print it, so a run whose model never answered says so. Thread-safe.
/// </summary>
public sealed class RouterTally
{
    private int _requests;
    private int _answered;
    private int _failedCalls;
    private int _skippedDown;
    private int _nextProfile;
    private int _unanswered;

    public int Requests => Volatile.Read(ref _requests);
    public int Answered => Volatile.Read(ref _answered);
    /// <summary>Provider calls that failed (every attempt, retries included).</summary>
    public int FailedCalls => Volatile.Read(ref _failedCalls);
    /// <summary>Calls not made because the provider's circuit was open.</summary>
    public int SkippedProviderDown => Volatile.Read(ref _skippedDown);
    /// <summary>Times a route moved on to its next profile.</summary>
    public int ProfileFallbacks => Volatile.Read(ref _nextProfile);
    /// <summary>Requests no profile answered: the caller fell back to rules.</summary>
    public int Unanswered => Volatile.Read(ref _unanswered);

    internal void Request() => Interlocked.Increment(ref _requests);
    internal void Answer() => Interlocked.Increment(ref _answered);
    internal void FailedCall() => Interlocked.Increment(ref _failedCalls);
    internal void SkippedDown() => Interlocked.Increment(ref _skippedDown);
    internal void NextProfile() => Interlocked.Increment(ref _nextProfile);
    internal void NoAnswer() => Interlocked.Increment(ref _unanswered);

    /// <summary>The figures by name, snake_case, for summaries and the JSON report.</summary>
    public IReadOnlyDictionary<string, object?> ToDictionary() => new Dictionary<string, object?>(StringComparer.Ordinal)
    {
        ["llm_requests"] = Requests,
        ["llm_answered"] = Answered,
        ["llm_failed_calls"] = FailedCalls,
        ["llm_skipped_provider_down"] = SkippedProviderDown,
        ["llm_profile_fallbacks"] = ProfileFallbacks,
        ["llm_rules_fallbacks"] = Unanswered,
    };
}
