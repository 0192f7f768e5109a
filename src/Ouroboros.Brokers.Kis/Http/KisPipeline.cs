using Microsoft.Extensions.Logging;
using Ouroboros.Brokers.Kis.Common;
using Ouroboros.Core.Ports;

namespace Ouroboros.Brokers.Kis.Http;

/// <summary>
/// Sends one <c>/uapi</c> call the way kis-openapi.md §2–§4 asks: paced by the key's limiter, with the §2.1 headers,
/// the body always parsed whatever the status, and every vendor failure turned into a <see cref="BrokerError"/>.
/// Orders are never resent except after EGW00201, which means "not processed".
/// </summary>
internal sealed class KisPipeline(KisWire wire, KisOptions options, TimeProvider time, KisRateLimiter limiter, KisTokenManager tokens,
    ILogger logger, KisClientSettings settings)
{
    public const string VtsKeyOnRealHostMessage =
        "this app key belongs to the paper host (VTS) and the real host refuses it (EGW02004): use the real key pair, or set the environment to VTS";

    public const string UnknownWhetherPlaced = "unknown whether the order was placed; check the day's orders before sending it again";

    private readonly Random _jitter = new(settings.JitterSeed);
    private readonly Lock _jitterGate = new();

    public KisOptions Options => options;

    public async Task<KisCall> SendAsync(KisRequest request, CancellationToken cancellationToken)
    {
        var trId = request.TrId;
        var rateRetries = 0;
        var tokenRetried = false;
        while (true)
        {
            var token = await tokens.GetAsync(cancellationToken).ConfigureAwait(false);
            if (!token.IsSuccess) return Failed(trId, token.Error!.Kind, NotSent(request, token.Error.Message));
            string? hash = null;
            if (request.IsOrder && settings.UseHashKey)
            {
                var hashed = await HashKeyAsync(request.Body ?? [], cancellationToken).ConfigureAwait(false);
                if (!hashed.IsSuccess) return Failed(trId, hashed.Error!.Kind, NotSent(request, hashed.Error.Message));
                hash = hashed.Value;
            }
            await limiter.WaitAsync(cancellationToken).ConfigureAwait(false);
            var result = await wire.SendAsync(request.Method, request.Path, Headers(token.Value!, trId, request.TrCont, hash), request.Query,
                request.Body is { } body ? KisWire.Json(Upper(body)) : null, cancellationToken).ConfigureAwait(false);

            if (result.Failure != KisWireFailure.None) return Failed(trId, WireFailureKind(request, result.Failure), WireFailureMessage(request, result));
            if (result.Body is not { } json)
            {
                var what = $"the host answered HTTP {result.Status} with a body that is not JSON ('{result.Detail}')";
                if (request.IsOrder) return Failed(trId, BrokerErrorKind.Unknown, $"{what}: {UnknownWhetherPlaced}");
                return Failed(trId, result.IsHttpSuccess ? BrokerErrorKind.Unknown : BrokerErrorKind.Network, what);
            }

            var rtCd = KisJson.Trimmed(json, "rt_cd");
            var code = KisJson.Trimmed(json, "msg_cd") ?? KisJson.Trimmed(json, "error_code") ?? "";
            var msg1 = KisJson.Trimmed(json, "msg1") ?? KisJson.Trimmed(json, "error_description") ?? "";
            if (code == KisErrorCodes.RateLimited)
            {
                if (rateRetries >= settings.MaxRateLimitRetries)
                    return Failed(trId, BrokerErrorKind.RateLimited, $"still over the rate limit (EGW00201) after {rateRetries} retries", code);
                rateRetries++;
                var delay = Backoff(rateRetries);
                KisLog.RateLimitedRetry(logger, trId, rateRetries, delay);
                await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
                continue;
            }
            if (code is KisErrorCodes.InvalidToken or KisErrorCodes.ExpiredToken)
            {
                tokens.Refuse(token.Value!, code);
                if (!tokenRetried && !request.IsOrder)
                {
                    tokenRetried = true;
                    continue;
                }
                var detail = request.IsOrder ? "; the order was refused before processing and was not resent" : " again after a new token";
                return Failed(trId, BrokerErrorKind.Auth, $"the host refused the access token ({code} {msg1}){detail}", code);
            }
            if (code == KisErrorCodes.UnknownService && request.FallbackTrId is { } fallback && trId != fallback)
            {
                KisLog.TrFallback(logger, trId, fallback);
                trId = fallback;
                continue;
            }
            if (rtCd == "0" && result.IsHttpSuccess) return KisCall.Ok(new KisResponse(json, result.TrCont, code, msg1));
            return Failed(trId, ErrorKind(request, code, rtCd), ErrorMessage(request, trId, result.Status, rtCd, code, msg1), code);
        }
    }

    /// <summary>The HASH of a POST body (§3.4); needs only the key and secret, no token.</summary>
    public async Task<BrokerResult<string>> HashKeyAsync(IReadOnlyList<KeyValuePair<string, string>> body, CancellationToken cancellationToken)
    {
        await limiter.WaitAsync(cancellationToken).ConfigureAwait(false);
        var headers = new List<KeyValuePair<string, string>> { new("appkey", options.AppKey), new("appsecret", options.AppSecret) };
        var result = await wire.SendAsync(HttpMethod.Post, "/uapi/hashkey", headers, [], KisWire.Json(Upper(body)), cancellationToken).ConfigureAwait(false);
        if (result.Failure != KisWireFailure.None) return BrokerResult<string>.Fail(BrokerErrorKind.Network, "getting a hashkey: " + result.Detail);
        if (result.Body is { } json && result.IsHttpSuccess && KisJson.Trimmed(json, "HASH") is { } hash) return BrokerResult<string>.Ok(hash);
        var code = result.Body is { } b ? KisJson.Trimmed(b, "msg_cd") ?? KisJson.Trimmed(b, "error_code") : null;
        return BrokerResult<string>.Fail(code == KisErrorCodes.RateLimited ? BrokerErrorKind.RateLimited : BrokerErrorKind.Unknown,
            $"getting a hashkey: HTTP {result.Status}{(code is null ? " without a HASH" : " " + code)}");
    }

    private List<KeyValuePair<string, string>> Headers(BrokerToken token, string trId, string trCont, string? hash)
    {
        var headers = new List<KeyValuePair<string, string>>
        {
            new("authorization", "Bearer " + token.Value),
            new("appkey", options.AppKey),
            new("appsecret", options.AppSecret),
            new("tr_id", trId),
            new("tr_cont", trCont),
            new("custtype", "P"),
        };
        if (hash is not null) headers.Add(new("hashkey", hash));
        return headers;
    }

    private static List<KeyValuePair<string, string>> Upper(IReadOnlyList<KeyValuePair<string, string>> body) =>
        [.. body.Select(p => KeyValuePair.Create(p.Key.ToUpperInvariant(), p.Value))];

    private TimeSpan Backoff(int attempt)
    {
        var baseDelay = settings.RateLimitBackoff * Math.Pow(2, attempt - 1);
        double fraction;
        lock (_jitterGate) fraction = _jitter.NextDouble();
        return baseDelay + baseDelay * fraction;
    }

    private static string NotSent(KisRequest request, string reason) => request.IsOrder ? $"the order was not sent: {reason}" : reason;

    private static BrokerErrorKind WireFailureKind(KisRequest request, KisWireFailure failure) =>
        failure == KisWireFailure.NotConnected || !request.IsOrder ? BrokerErrorKind.Network : BrokerErrorKind.Unknown;

    private string WireFailureMessage(KisRequest request, KisWireResult result) => result.Failure switch
    {
        KisWireFailure.NotConnected => NotSent(request, result.Detail),
        _ when request.IsOrder => $"{result.Detail}: {UnknownWhetherPlaced}",
        _ => result.Detail,
    };

    private static BrokerErrorKind ErrorKind(KisRequest request, string code, string? rtCd) => code switch
    {
        KisErrorCodes.VtsKeyOnRealHost => BrokerErrorKind.Auth,
        KisErrorCodes.NotAVtsTr => BrokerErrorKind.InvalidRequest,
        KisErrorCodes.ConnectionTimeout or KisErrorCodes.TransactionTimeout => request.IsOrder ? BrokerErrorKind.Unknown : BrokerErrorKind.Network,
        _ when KisErrorCodes.IsCredentialProblem(code) => BrokerErrorKind.Auth,
        "EGW00001" or "EGW00002" => request.IsOrder ? BrokerErrorKind.Unknown : BrokerErrorKind.Network,
        _ when code.StartsWith("EGW", StringComparison.Ordinal) => BrokerErrorKind.Unknown,
        _ when rtCd is null or "0" => BrokerErrorKind.Unknown,
        _ => BrokerErrorKind.Rejected,
    };

    private static string ErrorMessage(KisRequest request, string trId, int status, string? rtCd, string code, string msg1)
    {
        if (code == KisErrorCodes.VtsKeyOnRealHost) return VtsKeyOnRealHostMessage;
        if (code == KisErrorCodes.NotAVtsTr) return $"the paper host (VTS) does not offer {trId} ({code} {msg1})";
        var said = code.Length > 0 || msg1.Length > 0 ? $"{code} {msg1}".Trim() : $"HTTP {status} without msg_cd";
        if (rtCd is null) return request.IsOrder ? $"the answer has no rt_cd ({said}): {UnknownWhetherPlaced}" : $"the answer has no rt_cd ({said})";
        if (rtCd == "0") return request.IsOrder ? $"HTTP {status} with rt_cd 0 ({said}): {UnknownWhetherPlaced}" : $"HTTP {status} with rt_cd 0 ({said})";
        if (request.IsOrder && code is KisErrorCodes.ConnectionTimeout or KisErrorCodes.TransactionTimeout or "EGW00001" or "EGW00002")
            return $"{said}: {UnknownWhetherPlaced}";
        return said;
    }

    private KisCall Failed(string trId, BrokerErrorKind kind, string message, string? code = null)
    {
        KisLog.CallFailed(logger, trId, kind.ToString(), message);
        return KisCall.Fail(kind, message, code);
    }
}
