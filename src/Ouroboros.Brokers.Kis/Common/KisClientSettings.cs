namespace Ouroboros.Brokers.Kis.Common;

/// <summary>
/// How the client behaves, apart from which key and host it uses (<see cref="KisOptions"/>). The defaults follow
/// kis-openapi.md: refresh the token ten minutes early, ten pages at most, a hashkey on order POSTs.
/// </summary>
public sealed record KisClientSettings
{
    /// <summary>How long one request may take before it is reported as a timeout (an order's as "unknown whether placed").</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>A token this close to its expiry is replaced (python-kis refreshes ten minutes early).</summary>
    public TimeSpan TokenRefreshBeforeExpiry { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>How many times issuance is tried when the host says "one per minute" (EGW00133), a minute apart.</summary>
    public int MaxTokenIssueAttempts { get; init; } = 3;

    /// <summary>Retries after EGW00201 ("over the rate limit") before the call fails as RateLimited.</summary>
    public int MaxRateLimitRetries { get; init; } = 4;

    /// <summary>The first back-off after EGW00201; it doubles with each retry, plus up to as much again of seeded jitter.</summary>
    public TimeSpan RateLimitBackoff { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The seed of the back-off jitter (seeded so runs are repeatable).</summary>
    public int JitterSeed { get; init; } = 20_231_027;

    /// <summary>Pages one paged query may take; a query that would need more fails (never a shorter list).</summary>
    public int MaxPages { get; init; } = 10;

    /// <summary>Whether order POSTs carry a <c>hashkey</c> header (§3.4: optional, on by default for tamper protection).</summary>
    public bool UseHashKey { get; init; } = true;

    /// <summary>Every problem at once, in words a user can act on; empty when usable.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (RequestTimeout <= TimeSpan.Zero) problems.Add("the request timeout must be above zero");
        if (TokenRefreshBeforeExpiry < TimeSpan.Zero) problems.Add("the token refresh margin must not be negative");
        if (MaxTokenIssueAttempts < 1) problems.Add("token issuance must be tried at least once");
        if (MaxRateLimitRetries < 0) problems.Add("rate-limit retries must not be negative");
        if (RateLimitBackoff <= TimeSpan.Zero) problems.Add("the rate-limit back-off must be above zero");
        if (MaxPages < 1) problems.Add("the page cap must be at least 1");
        return problems;
    }
}
