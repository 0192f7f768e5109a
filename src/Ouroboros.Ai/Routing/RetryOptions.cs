namespace Ouroboros.Ai.Routing;

/// <summary>
/// Retries of one profile on a retryable failure (429, 5xx, 529, timeout, network). The delay is the provider's
/// Retry-After when it gave one, else <c>BaseDelay · 2^(attempt-1)</c> (doubled again for 529 overloaded), capped at
/// <see cref="MaxDelay"/>. A Retry-After longer than <see cref="MaxRetryAfter"/> is not waited for: the route moves
/// on to its next profile at once.
/// </summary>
public sealed record RetryOptions(int MaxAttempts, TimeSpan BaseDelay, TimeSpan MaxDelay, TimeSpan MaxRetryAfter)
{
    public static RetryOptions Default { get; } = new(3, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(60));

    public TimeSpan BackoffFor(int attempt, bool overloaded)
    {
        var factor = Math.Pow(2, Math.Clamp(attempt - 1, 0, 16)) * (overloaded ? 2 : 1);
        var delay = TimeSpan.FromTicks((long)Math.Min(BaseDelay.Ticks * factor, MaxDelay.Ticks));
        return delay;
    }
}
