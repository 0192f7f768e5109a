using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Ouroboros.Brokers.Bybit.Common;
using Ouroboros.Core.Ports;

namespace Ouroboros.Brokers.Bybit.Http;

/// <summary>
/// Sends one v5 call the way external-apis.md §1.2–1.5 asks: waits when the endpoint's limit is spent, signs private
/// calls over the exact text sent, reads the <c>retCode</c> envelope and turns every failure into a
/// <see cref="BrokerError"/>. Only two answers are retried, both of which mean "not processed": 10002 (the clock is
/// resynced, once) and 10006 (after the window resets). A state-changing call whose answer is lost is Unknown.
/// </summary>
internal sealed class BybitPipeline(BybitWire wire, BybitOptions options, TimeProvider time, BybitServerClock clock, BybitRateLimits limits,
    ILogger logger, BybitClientSettings settings)
{
    public const string UnknownWhetherDone = "unknown whether Bybit acted on it; look the order up by its orderLinkId before sending it again";
    public const string TimePath = "/v5/market/time";

    public async Task<BybitCall> SendAsync(BybitRequest request, CancellationToken cancellationToken)
    {
        if (request.IsPrivate && !options.HasKey)
            return Failed(request, BrokerErrorKind.Auth, "no Bybit API key: set BYBIT_API_KEY and BYBIT_API_SECRET (private calls need both)");
        if (request.IsPrivate && !clock.IsSynced) await SyncClockAsync(cancellationToken).ConfigureAwait(false);
        var resynced = false;
        var rateRetries = 0;
        while (true)
        {
            var wait = limits.DelayBefore(request.Path);
            if (wait > settings.MaxRateLimitWait)
                return Failed(request, BrokerErrorKind.RateLimited, $"the rate limit of {request.Path} is spent for {wait.TotalSeconds:0.#} s more; not sent");
            if (wait > TimeSpan.Zero)
            {
                BybitLog.WaitingForLimit(logger, request.Path, wait);
                await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
            }
            var body = request.Body is { } fields ? BybitWire.Json(fields) : null;
            var query = request.QueryString;
            var headers = request.IsPrivate ? Signed(request.Method == HttpMethod.Get ? query : body ?? "") : [];
            var result = await wire.SendAsync(request.Method, request.Path, query, body, headers, cancellationToken).ConfigureAwait(false);
            if (result.Limit is { } limit) limits.Record(request.Path, limit);

            if (result.Failure != BybitWireFailure.None) return Failed(request, WireFailureKind(request, result.Failure), WireFailureMessage(request, result));
            if (result.Body is not { } json || !TryRetCode(json, out var retCode))
                return Failed(request, NoEnvelopeKind(request, result.Status), $"Bybit answered HTTP {result.Status} without a retCode ('{result.Detail}')" + Unknown(request));
            var retMsg = json.TryGetProperty("retMsg", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() ?? "" : "";

            if (retCode == BybitRetCodes.Ok)
                return json.TryGetProperty("result", out var r) ? BybitCall.Ok(r.Clone()) : BybitCall.Ok(default);
            if (retCode == BybitRetCodes.TimestampOutsideWindow && !resynced)
            {
                resynced = true;
                BybitLog.TimestampResync(logger, request.Path);
                await SyncClockAsync(cancellationToken).ConfigureAwait(false);
                continue;
            }
            if (retCode == BybitRetCodes.TooManyVisits && rateRetries < settings.MaxRateLimitRetries)
            {
                rateRetries++;
                var delay = ResetDelay(result.Limit);
                BybitLog.RateLimitedRetry(logger, request.Path, rateRetries, delay);
                await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
                continue;
            }
            return Failed(request, ErrorKind(request, retCode), ErrorMessage(request, retCode, retMsg, rateRetries), retCode, retMsg);
        }
    }

    /// <summary>Measures the offset to Bybit's clock; a failure leaves the last offset (the next 10002 tries again).</summary>
    public async Task<BybitCall> SyncClockAsync(CancellationToken cancellationToken)
    {
        var sentAt = time.GetUtcNow();
        var result = await wire.SendAsync(HttpMethod.Get, TimePath, "", null, [], cancellationToken).ConfigureAwait(false);
        var receivedAt = time.GetUtcNow();
        if (result.Failure != BybitWireFailure.None) return BybitCall.Fail(BrokerErrorKind.Network, $"reading Bybit's time: {result.Detail}");
        if (result.Body is not { } json || !TryRetCode(json, out var code) || code != 0 || ServerTime(json) is not { } server)
            return BybitCall.Fail(BrokerErrorKind.Unknown, $"reading Bybit's time: HTTP {result.Status} without a usable time ('{result.Detail}')");
        clock.Observe(server, sentAt, receivedAt);
        BybitLog.ClockSynced(logger, clock.Offset);
        return BybitCall.Ok(json.GetProperty("result").Clone());
    }

    private List<KeyValuePair<string, string>> Signed(string payload)
    {
        var timestamp = clock.NowMillis().ToString(CultureInfo.InvariantCulture);
        return
        [
            new("X-BAPI-API-KEY", options.ApiKey),
            new("X-BAPI-TIMESTAMP", timestamp),
            new("X-BAPI-RECV-WINDOW", options.RecvWindowText),
            new("X-BAPI-SIGN", BybitSigner.Sign(options.ApiSecret, timestamp, options.ApiKey, options.RecvWindowText, payload)),
            new("X-BAPI-SIGN-TYPE", "2"),
        ];
    }

    private static DateTimeOffset? ServerTime(JsonElement json)
    {
        if (!json.TryGetProperty("result", out var result)) return null;
        if (result.TryGetProperty("timeNano", out var nano) && long.TryParse(nano.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var ns))
            return DateTimeOffset.UnixEpoch.AddTicks(ns / 100);
        if (result.TryGetProperty("timeSecond", out var sec) && long.TryParse(sec.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var s))
            return DateTimeOffset.FromUnixTimeSeconds(s);
        return null;
    }

    private TimeSpan ResetDelay(BybitRateLimit? limit)
    {
        var wait = limit is null ? TimeSpan.FromSeconds(1) : limit.ResetAt - DateTimeOffset.FromUnixTimeMilliseconds(clock.NowMillis());
        if (wait < TimeSpan.FromMilliseconds(50)) wait = TimeSpan.FromMilliseconds(50);
        return wait > settings.MaxRateLimitWait ? settings.MaxRateLimitWait : wait;
    }

    private static bool TryRetCode(JsonElement json, out int code)
    {
        code = 0;
        return json.TryGetProperty("retCode", out var c) && c.ValueKind == JsonValueKind.Number && c.TryGetInt32(out code);
    }

    private static string Unknown(BybitRequest request) => request.ChangesState ? ": " + UnknownWhetherDone : "";

    private static BrokerErrorKind WireFailureKind(BybitRequest request, BybitWireFailure failure) =>
        failure == BybitWireFailure.NotConnected || !request.ChangesState ? BrokerErrorKind.Network : BrokerErrorKind.Unknown;

    private static string WireFailureMessage(BybitRequest request, BybitWireResult result) =>
        result.Failure == BybitWireFailure.NotConnected ? result.Detail + (request.ChangesState ? "; nothing was sent" : "") : result.Detail + Unknown(request);

    private static BrokerErrorKind NoEnvelopeKind(BybitRequest request, int status) => status switch
    {
        401 => BrokerErrorKind.Auth,
        403 or 429 => BrokerErrorKind.RateLimited,
        404 => BrokerErrorKind.InvalidRequest,
        _ => request.ChangesState ? BrokerErrorKind.Unknown : BrokerErrorKind.Network,
    };

    private static BrokerErrorKind ErrorKind(BybitRequest request, int retCode) => retCode switch
    {
        BybitRetCodes.TimestampOutsideWindow => BrokerErrorKind.Auth,
        _ when BybitRetCodes.IsCredentialProblem(retCode) => BrokerErrorKind.Auth,
        BybitRetCodes.TooManyVisits => BrokerErrorKind.RateLimited,
        BybitRetCodes.ParameterError => BrokerErrorKind.InvalidRequest,
        BybitRetCodes.ServerError => request.ChangesState ? BrokerErrorKind.Unknown : BrokerErrorKind.Network,
        _ => BrokerErrorKind.Rejected,
    };

    private static string ErrorMessage(BybitRequest request, int retCode, string retMsg, int rateRetries)
    {
        var said = $"retCode {retCode.ToString(CultureInfo.InvariantCulture)} {retMsg}".TrimEnd();
        return retCode switch
        {
            BybitRetCodes.TimestampOutsideWindow => $"{said}: the request's time was outside the receive window even after resyncing the clock; check the machine's clock or raise BYBIT_RECV_WINDOW_MS",
            BybitRetCodes.InvalidKey => $"{said}: the API key is unknown here; a key works only in its own environment (mainnet, testnet or demo)",
            BybitRetCodes.SignatureError => $"{said}: the signature was refused; check BYBIT_API_SECRET",
            BybitRetCodes.TooManyVisits => $"{said}: still over the rate limit after {rateRetries} retries",
            BybitRetCodes.ServerError => said + Unknown(request),
            _ => said,
        };
    }

    private BybitCall Failed(BybitRequest request, BrokerErrorKind kind, string message, int? retCode = null, string? retMsg = null)
    {
        BybitLog.CallFailed(logger, request.Path, kind.ToString(), message);
        return BybitCall.Fail(kind, message, retCode, retMsg);
    }
}
