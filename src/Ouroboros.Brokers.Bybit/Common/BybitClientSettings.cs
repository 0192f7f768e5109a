namespace Ouroboros.Brokers.Bybit.Common;

/// <summary>How the REST client behaves on the wire; defaults suit mainnet and testnet.</summary>
public sealed record BybitClientSettings
{
    /// <summary>Each request's own deadline.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How many times a 10006 answer is retried after waiting for the window's reset.</summary>
    public int MaxRateLimitRetries { get; init; } = 2;

    /// <summary>The longest a request waits for a rate-limit reset before it is given up as rate limited.</summary>
    public TimeSpan MaxRateLimitWait { get; init; } = TimeSpan.FromSeconds(5);

    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (RequestTimeout <= TimeSpan.Zero) problems.Add("the request timeout must be positive");
        if (MaxRateLimitRetries < 0) problems.Add("the rate-limit retries cannot be negative");
        if (MaxRateLimitWait < TimeSpan.Zero) problems.Add("the longest rate-limit wait cannot be negative");
        return problems;
    }
}
