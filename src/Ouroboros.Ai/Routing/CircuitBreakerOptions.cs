namespace Ouroboros.Ai.Routing;

/// <summary>
/// When a provider is taken out of a route: after <see cref="FailuresToOpen"/> consecutive failed calls it is down for
/// <see cref="CoolOff"/>, then one probe call decides whether it is back. Failures that say nothing about whether the
/// provider is up (a request it refused as invalid, an unusable answer) do not count.
/// </summary>
public sealed record CircuitBreakerOptions(int FailuresToOpen, TimeSpan CoolOff)
{
    public static CircuitBreakerOptions Default { get; } = new(3, TimeSpan.FromSeconds(60));

    /// <summary>A failure kind that means the provider could not be reached or could not serve (counts towards opening).</summary>
    public static bool CountsAsDown(Core.Language.ChatFailureKind kind) => kind is
        Core.Language.ChatFailureKind.Timeout or Core.Language.ChatFailureKind.Network or Core.Language.ChatFailureKind.ServerError
        or Core.Language.ChatFailureKind.Overloaded or Core.Language.ChatFailureKind.RateLimited or Core.Language.ChatFailureKind.QuotaExhausted
        or Core.Language.ChatFailureKind.Auth or Core.Language.ChatFailureKind.Unknown;
}
