using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Ouroboros.Brokers.Bybit.Common;
using Ouroboros.Core.Errors;
using Ouroboros.Core.Ports;

namespace Ouroboros.Brokers.Bybit.Http;

/// <summary>
/// The Bybit v5 REST client for linear (USDT) contracts, one per API key: every call shares one server clock and one
/// set of rate limits. Calls are async, cancellable and return <see cref="BrokerResult{T}"/>: no vendor error crosses.
/// The <see cref="HttpClient"/> is the caller's (it may point at the loopback fake through <see cref="BybitOptions.RestBaseUrl"/>).
/// </summary>
public sealed partial class BybitClient
{
    internal const string Category = "linear";
    private readonly BybitPipeline _pipeline;
    private readonly ILogger _log;

    public BybitClient(BybitOptions options, HttpClient httpClient, TimeProvider time, ILogger<BybitClient>? logger = null, BybitClientSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(time);
        settings ??= new BybitClientSettings();
        var problems = options.Problems().Concat(settings.Problems()).ToList();
        if (problems.Count > 0) throw new InvalidInputException("bybit", "The Bybit settings are not usable: " + string.Join("; ", problems) + ".");
        _log = logger ?? NullLogger<BybitClient>.Instance;
        Options = options;
        Clock = new BybitServerClock(time);
        RateLimits = new BybitRateLimits(Clock);
        _pipeline = new BybitPipeline(new BybitWire(httpClient, options, time, settings.RequestTimeout), options, time, Clock, RateLimits, _log, settings);
    }

    public BybitOptions Options { get; }

    /// <summary>Our clock corrected to Bybit's (synced before the first private call and after a 10002).</summary>
    public BybitServerClock Clock { get; }

    /// <summary>The per-endpoint limits the last answers reported.</summary>
    public BybitRateLimits RateLimits { get; }

    internal ILogger Log => _log;

    /// <summary>Measures the offset to Bybit's clock now (<c>/v5/market/time</c>).</summary>
    public async Task<BrokerResult<TimeSpan>> SyncClockAsync(CancellationToken cancellationToken)
    {
        var call = await _pipeline.SyncClockAsync(cancellationToken).ConfigureAwait(false);
        return call.IsSuccess ? BrokerResult<TimeSpan>.Ok(Clock.Offset) : call.FailAs<TimeSpan>();
    }

    public override string ToString() => $"BybitClient({Options})";

    /// <summary>One call, its result read by <paramref name="read"/>; a result of the wrong shape is Unknown.</summary>
    private async Task<BrokerResult<T>> CallAsync<T>(BybitRequest request, Func<JsonElement, T> read, CancellationToken cancellationToken)
    {
        var call = await _pipeline.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (!call.IsSuccess) return call.FailAs<T>();
        try
        {
            return BrokerResult<T>.Ok(read(call.Result!.Value));
        }
        catch (BybitFormatException e)
        {
            return BrokerResult<T>.Fail(BrokerErrorKind.Unknown, $"{request.Path} answered in an unexpected shape: {e.Message}");
        }
        catch (InvalidOperationException e)
        {
            return BrokerResult<T>.Fail(BrokerErrorKind.Unknown, $"{request.Path} answered in an unexpected shape: {e.Message}");
        }
    }

    /// <summary>
    /// Every page of a cursor-paged list, or an error naming the page that failed: a list that stops part way is
    /// unknown, never a shorter list.
    /// </summary>
    private async Task<BrokerResult<IReadOnlyList<T>>> PagedAsync<T>(BybitRequest first, Func<JsonElement, T> read, CancellationToken cancellationToken,
        int maxPages = 50)
    {
        var rows = new List<T>();
        var request = first;
        for (var page = 1; page <= maxPages; page++)
        {
            var call = await _pipeline.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (!call.IsSuccess) return BrokerResult<IReadOnlyList<T>>.Fail(call.Error!.Kind, page == 1 ? call.Error.Message : $"page {page}: {call.Error.Message}");
            try
            {
                var result = call.Result!.Value;
                rows.AddRange(BybitJson.List(result).Select(read));
                if (BybitJson.Str(result, "nextPageCursor") is not { Length: > 0 } cursor) return BrokerResult<IReadOnlyList<T>>.Ok(rows);
                request = request.With("cursor", cursor);
            }
            catch (BybitFormatException e)
            {
                return BrokerResult<IReadOnlyList<T>>.Fail(BrokerErrorKind.Unknown, $"{request.Path} page {page} answered in an unexpected shape: {e.Message}");
            }
        }
        return BrokerResult<IReadOnlyList<T>>.Fail(BrokerErrorKind.Unknown, $"{first.Path} still had more after {maxPages} pages; the list is incomplete");
    }

    private static KeyValuePair<string, string> Q(string key, string value) => new(key, value);

    private static KeyValuePair<string, object> B(string key, object value) => new(key, value);
}
