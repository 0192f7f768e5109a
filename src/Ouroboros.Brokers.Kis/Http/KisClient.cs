using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Ouroboros.Brokers.Kis.Common;
using Ouroboros.Brokers.Kis.Domestic;
using Ouroboros.Brokers.Kis.Overseas;
using Ouroboros.Core.Errors;
using Ouroboros.Core.Ports;

namespace Ouroboros.Brokers.Kis.Http;

/// <summary>
/// The root of the KIS REST client: one per app key, as Npgsql has one data source per connection string. Every call
/// made through it shares one token, one rate limiter and one hashkey policy. All calls are async, cancellable and
/// return <see cref="BrokerResult{T}"/>: no vendor exception crosses (a cancelled call throws OperationCanceledException).
/// The <see cref="HttpClient"/> belongs to the caller (it may point at a loopback fake through <see cref="KisOptions.RestBaseUrl"/>).
/// </summary>
public sealed class KisClient : IDisposable
{
    private readonly SemaphoreSlim _tokenGate = new(1, 1);
    private readonly SemaphoreSlim _holidayGate = new(1, 1);

    public KisClient(KisOptions options, HttpClient httpClient, TimeProvider time, IBrokerTokenStore tokenStore, ILogger<KisClient>? logger = null,
        KisClientSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(tokenStore);
        settings ??= new KisClientSettings();
        var problems = options.Problems().Concat(settings.Problems()).ToList();
        if (problems.Count > 0) throw new InvalidInputException("kis", "The KIS settings are not usable: " + string.Join("; ", problems) + ".");

        ILogger log = logger ?? NullLogger<KisClient>.Instance;
        Options = options;
        Settings = settings;
        RateLimiter = new KisRateLimiter(options.EffectiveRequestsPerSecond, time);
        var wire = new KisWire(httpClient, options, time, settings.RequestTimeout);
        var tokens = new KisTokenManager(wire, options, time, tokenStore, log, settings, _tokenGate);
        var pipeline = new KisPipeline(wire, options, time, RateLimiter, tokens, log, settings);
        Auth = new KisAuthApi(tokens, pipeline, wire, options);
        Domestic = new KisDomesticApi(pipeline, options, time, settings, _holidayGate);
        Overseas = new KisOverseasApi(pipeline, options, settings);
    }

    public KisOptions Options { get; }

    public KisClientSettings Settings { get; }

    public KisEnvironment Environment => Options.Environment;

    /// <summary>Tokens, revocation, the WebSocket approval key and hashkeys.</summary>
    public KisAuthApi Auth { get; }

    /// <summary>KRX quotes, bars, balance, orders, fills, rankings and the holiday check (kis-openapi.md §5).</summary>
    public KisDomesticApi Domestic { get; }

    /// <summary>Quotes, bars, balances, orders, fills and rankings of the nine overseas exchanges (§6).</summary>
    public KisOverseasApi Overseas { get; }

    /// <summary>The pacing every call of this client shares (one per app key).</summary>
    public KisRateLimiter RateLimiter { get; }

    /// <summary>Releases the client's locks and limiter; the HttpClient is the caller's and stays open.</summary>
    public void Dispose()
    {
        _tokenGate.Dispose();
        _holidayGate.Dispose();

    }

    public override string ToString() => $"KisClient({Options.Environment}, key {KisKeyFingerprint.Of(Options.AppKey)})";
}
