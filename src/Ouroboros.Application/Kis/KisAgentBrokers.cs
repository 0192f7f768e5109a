using Microsoft.Extensions.Logging;
using Ouroboros.Application.Agents;
using Ouroboros.Brokers.Kis;
using Ouroboros.Brokers.Kis.Broker;
using Ouroboros.Brokers.Kis.Common;
using Ouroboros.Brokers.Kis.Feed;
using Ouroboros.Brokers.Kis.WebSocket;
using Ouroboros.Core.Errors;
using Ouroboros.Domain.Instruments;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Primitives;
using Ouroboros.Domain.Venues;
using Ouroboros.Live.Agent;

namespace Ouroboros.Application.Kis;

/// <summary>
/// `run --broker kis` (the real host, real money) and `run --broker kis-vts` (the paper host): one client for the
/// configured key, the KIS broker over it (orders, fills, the account), and the KIS market-data feed on one WebSocket
/// session, which also carries the account's execution notices when an HTS id is configured, so that a fill is looked
/// up as soon as KIS says it happened instead of at the next poll. Fees are the venue model's: KIS reports none per fill.
/// </summary>
public sealed class KisAgentBrokers(KisConnectionSettings settings, KisClientFactory clients, ILoggerFactory loggers, KisBrokerOptions? brokerOptions = null)
    : IAgentBrokers
{
    public IReadOnlyList<string> Names { get; } = ["kis", "kis-vts"];

    public IReadOnlyList<string> Problems(string broker) =>
        EnvironmentOf(broker) is { } environment ? settings.Problems(environment).Select(p => $"KIS: {p}").ToArray() : [];

    public async Task<AgentConnection> ConnectAsync(string broker, IReadOnlyList<Instrument> instruments, IReadOnlyList<VenueModel> venueModels, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(broker);
        ArgumentNullException.ThrowIfNull(instruments);
        ArgumentNullException.ThrowIfNull(venueModels);
        var environment = EnvironmentOf(broker)
            ?? throw new InvalidInputException("broker", $"«broker» {broker} is not a KIS broker: use kis (real money) or kis-vts (the paper host)");
        var options = settings.Resolve(environment);
        var client = clients.Create(options);
        try
        {
            var mapped = await KisAgentInstruments.ResolveAsync(client, instruments, cancellationToken).ConfigureAwait(false);
            var fees = Fees(instruments, venueModels);
            var kis = new KisBroker(client, mapped, clock, brokerOptions, fees, loggers.CreateLogger<KisBroker>());
            var session = clients.CreateSession(client, clock: clock);
            var feed = new KisMarketDataFeed(client, session, KisAgentInstruments.FeedMap(mapped), clock, loggers.CreateLogger<KisMarketDataFeed>(),
                otherEvents: e => { if (e is KisExecutionNotice) kis.LookUpNow(); });
            var lifetime = new KisAgentLifetime(client, kis, feed, session);
            try
            {
                await SubscribeNoticesAsync(session, options, mapped, cancellationToken).ConfigureAwait(false);
                kis.Start();
                return new AgentConnection(new AgentBroker(broker.ToLowerInvariant(), kis, kis, kis.Reports), feed, lifetime);
            }
            catch
            {
                await lifetime.DisposeAsync().ConfigureAwait(false);
                throw;
            }
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    private static KisEnvironment? EnvironmentOf(string broker) => broker.ToLowerInvariant() switch
    {
        "kis" => KisEnvironment.Real,
        "kis-vts" => KisEnvironment.Vts,
        _ => null,
    };

    /// <summary>Execution notices are keyed by the HTS id; without one the broker polls only (and says so once).</summary>
    private async Task SubscribeNoticesAsync(KisWebSocketSession session, KisOptions options, IReadOnlyList<KisInstrument> instruments, CancellationToken cancellationToken)
    {
        var log = loggers.CreateLogger<KisAgentBrokers>();
        if (options.HtsId is not { } hts)
        {
            Log.NoExecutionNotices(log);
            return;
        }
        foreach (var overseas in instruments.Select(i => !i.IsDomestic).Distinct())
        {
            var subscribed = await session.SubscribeAsync(KisSubscription.ExecutionNotices(options.Environment, hts, overseas), cancellationToken).ConfigureAwait(false);
            if (!subscribed.IsSuccess) Log.NoticesRefused(log, subscribed.Error!.Message);
        }
    }

    private static Func<InstrumentId, OrderSide, decimal, decimal, decimal> Fees(IReadOnlyList<Instrument> instruments, IReadOnlyList<VenueModel> venueModels)
    {
        if (venueModels.Count != instruments.Count) throw new ArgumentException("one venue model per instrument", nameof(venueModels));
        var byId = instruments.Select((instrument, i) => (instrument, model: venueModels[i])).ToDictionary(p => p.instrument.Id);
        return (id, side, quantity, price) => byId.TryGetValue(id, out var p) ? p.model.Fees.Fee(p.instrument, side, quantity, price, Liquidity.Taker) : 0m;
    }
}
