using Ouroboros.Core.Feeds;
using Ouroboros.Domain.Instruments;
using Ouroboros.Domain.Venues;
using Ouroboros.Live.Agent;

namespace Ouroboros.Application.Agents;

/// <summary>
/// Connects an agent to a broker outside the process (KIS, Bybit): where its orders go, its account and reports, and
/// the live feed it trades on. The paper broker needs none; a build without an adapter refuses the broker by name.
/// </summary>
public interface IAgentBrokers
{
    /// <summary>The brokers this build can connect to (kis, kis-vts, ...).</summary>
    IReadOnlyList<string> Names { get; }

    /// <summary>What keeps <paramref name="broker"/> from connecting that settings alone show (missing keys, ...); empty when none.</summary>
    IReadOnlyList<string> Problems(string broker);

    /// <summary>Opens the broker for <paramref name="instruments"/>; bad or missing settings are user errors listing every problem.</summary>
    Task<AgentConnection> ConnectAsync(string broker, IReadOnlyList<Instrument> instruments, IReadOnlyList<VenueModel> venueModels, TimeProvider clock,
        CancellationToken cancellationToken);
}

/// <summary>An open broker connection: dispose it when the agent stops (it closes the feed and stops polling).</summary>
public sealed record AgentConnection(AgentBroker Broker, IMarketDataFeed Feed, IAsyncDisposable Lifetime);
