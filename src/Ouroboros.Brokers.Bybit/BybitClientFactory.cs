using Microsoft.Extensions.Logging;
using Ouroboros.Brokers.Bybit.Broker;
using Ouroboros.Brokers.Bybit.Common;
using Ouroboros.Brokers.Bybit.Http;

namespace Ouroboros.Brokers.Bybit;

/// <summary>
/// Makes the Bybit clients of a process over one shared <see cref="HttpClient"/> (one connection pool), the process's
/// clock and its logging. A <see cref="BybitClient"/> is one per API key: create it once and keep it.
/// </summary>
public sealed class BybitClientFactory(HttpClient http, TimeProvider time, ILoggerFactory logging, BybitClientSettings? settings = null)
{
    public BybitClientSettings Settings { get; } = settings ?? new BybitClientSettings();

    /// <summary>The REST client for these options (throws InvalidInputException naming every unusable option).</summary>
    public BybitClient Create(BybitOptions options) => new(options, http, time, logging.CreateLogger<BybitClient>(), Settings);

    /// <summary>The broker adapter over <paramref name="client"/> for <paramref name="instruments"/>.</summary>
    public BybitBroker CreateBroker(BybitClient client, IReadOnlyList<BybitInstrument> instruments, BybitBrokerOptions? options = null) =>
        new(client, instruments, time, options, logging.CreateLogger<BybitBroker>());
}
