using Microsoft.Extensions.Logging;
using Ouroboros.Brokers.Kis.Common;
using Ouroboros.Brokers.Kis.Http;
using Ouroboros.Brokers.Kis.WebSocket;
using Ouroboros.Core.Ports;

namespace Ouroboros.Brokers.Kis;

/// <summary>
/// Makes the KIS clients of a process over one shared <see cref="HttpClient"/> (one connection pool), the process's clock,
/// the journal's token store and its logging. A <see cref="KisClient"/> is one per app key: create it once and keep it.
/// </summary>
public sealed class KisClientFactory(HttpClient http, TimeProvider time, IBrokerTokenStore tokens, ILoggerFactory logging, KisClientSettings? settings = null)
{
    public KisClientSettings Settings { get; } = settings ?? new KisClientSettings();

    /// <summary>The REST client for these options (throws InvalidInputException naming every unusable option).</summary>
    public KisClient Create(KisOptions options) =>
        new(options, http, time, tokens, logging.CreateLogger<KisClient>(), Settings);

    /// <summary>
    /// A real-time session authorised through <paramref name="client"/>'s approval key; start it, then subscribe.
    /// <paramref name="clock"/> dates the session's records (KIS sends only the time of day) and paces its reconnects: the
    /// agent's clock, when an agent reads it; the factory's otherwise.
    /// </summary>
    public KisWebSocketSession CreateSession(KisClient client, KisWebSocketSessionOptions? options = null, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        return new KisWebSocketSession(options ?? KisWebSocketSessionOptions.From(client.Options), client.Auth.GetApprovalKeyAsync, clock ?? time,
            logging.CreateLogger<KisWebSocketSession>());
    }

    /// <summary>The token store the clients share (the journal's), for callers that report whether a token was reused.</summary>
    public IBrokerTokenStore TokenStore => tokens;
}
