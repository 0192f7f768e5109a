using Ouroboros.Core.Feeds;
using Ouroboros.Live.Feeds;

namespace Ouroboros.Live.Agent;

/// <summary>
/// Trading on a live feed instead of a replay: the feed, how its events become the strategy's bars, when an
/// instrument's silence makes its price missing (one rule per instrument, in the universe's order), and how long to
/// wait before asking the feed again after a refused subscription.
/// </summary>
public sealed record AgentLiveFeed(IMarketDataFeed Feed, LiveBarPipelineOptions Pipeline, IReadOnlyList<StalenessRule> Staleness)
{
    public TimeSpan SubscribeRetryDelay { get; init; } = TimeSpan.FromSeconds(5);
}
