using Ouroboros.Ai.Budgets;

namespace Ouroboros.Application.Brain;

/// <summary>
/// What the host knows about its configured model profiles that the router does not say: the order they were
/// configured in (<see cref="ProfileOrder"/>), the price table, and the API keys, so that a probe's messages can be
/// scrubbed of them (<see cref="Secrets"/>; never logged or shown).
/// </summary>
public sealed record ModelProbeSettings(IReadOnlyList<string> ProfileOrder, PriceTable Prices, IReadOnlyCollection<string> Secrets)
{
    /// <summary>No profile configured: nothing to order, price or scrub.</summary>
    public static ModelProbeSettings None { get; } = new([], PriceTable.Empty, []);
}
