using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Ouroboros.Fakes.Bybit;

/// <summary>
/// One HTTP request from arrival to answer: read, record (without the signature), apply an injected fault, check the
/// key, timestamp and signature of private calls, count it against the endpoint's limit, dispatch under the
/// exchange's lock, and write it with the <c>X-Bapi-Limit*</c> headers.
/// </summary>
internal sealed class FakeBybitPipeline(FakeBybitExchange exchange, FakeBybitFaultQueue faults, CancellationToken lifetime)
{
    private readonly List<FakeBybitRecordedRequest> _requests = [];

    public IReadOnlyList<FakeBybitRecordedRequest> Requests
    {
        get
        {
            lock (exchange.Gate) return [.. _requests];
        }
    }

    public async Task HandleAsync(HttpContext context)
    {
        string raw;
        using (var reader = new StreamReader(context.Request.Body, Encoding.UTF8))
            raw = await reader.ReadToEndAsync(context.RequestAborted);
        var request = Read(context.Request, raw);
        var fault = faults.Take(request);
        lock (exchange.Gate)
            _requests.Add(new FakeBybitRecordedRequest(request.Method, request.Path, request.RawQuery, request.RawBody, request.ApiKey, exchange.Now, fault?.Kind));
        if (fault is { IsAfterHandling: false })
        {
            if (fault.Kind != FakeBybitFaultKind.Delay)
            {
                await WriteAsync(context, Faulted(fault));
                return;
            }
            try
            {
                await Task.Delay(fault.Delay, lifetime);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
        var reply = Dispatch(request);
        if (fault?.Kind == FakeBybitFaultKind.AppliedThenConnectionAborted) context.Abort();
        else await WriteAsync(context, fault?.Kind == FakeBybitFaultKind.AppliedThenServerError ? PlainError() : reply);
    }

    private FakeBybitReply Dispatch(FakeBybitRequest request)
    {
        lock (exchange.Gate)
        {
            var ms = exchange.Now.ToUnixTimeMilliseconds();
            if (request.Method is not ("GET" or "POST")) return new FakeBybitReply(400, "Bad Request", "text/plain");
            if (!request.IsPost && request.RawBody.Length > 0) return new FakeBybitReply(403, "Forbidden", "text/plain");
            var isPublic = request.Path.StartsWith("/v5/market/", StringComparison.Ordinal);
            FakeBybitAccount? account = null;
            if (!isPublic)
            {
                var (checkedAccount, refusal) = FakeBybitAuth.Check(request, exchange);
                if (refusal is not null) return refusal;
                account = checkedAccount!;
            }
            var allowed = exchange.Limiter.TryTake(isPublic ? "ip" : account!.ApiKey, request.Path, exchange.Now, out var limit);
            var reply = !allowed
                ? FakeBybitReply.Error(10006, "Too many visits!", ms)
                : (isPublic ? FakeBybitMarketRoutes.Handle(request, exchange)
                    : FakeBybitOrderRoutes.Handle(request, exchange, account!) ?? FakeBybitAccountRoutes.Handle(request, exchange, account!))
                  ?? new FakeBybitReply(404, "{\"retCode\":10017,\"retMsg\":\"Route not found\"}");
            return reply with { Limit = limit };
        }
    }

    private FakeBybitReply Faulted(FakeBybitFault fault)
    {
        long ms;
        lock (exchange.Gate) ms = exchange.Now.ToUnixTimeMilliseconds();
        return fault.Kind switch
        {
            FakeBybitFaultKind.RateLimited => FakeBybitReply.Error(10006, "Too many visits!", ms) with { Limit = (10, 0, ms + 1000) },
            FakeBybitFaultKind.IpBanned => new FakeBybitReply(403, "access too frequent", "text/plain"),
            FakeBybitFaultKind.TimestampRejected => FakeBybitReply.Error(10002, "invalid request, please check your server timestamp or recv_window param", ms),
            FakeBybitFaultKind.ServerErrorCode => FakeBybitReply.Error(10016, "Server error", ms),
            FakeBybitFaultKind.MalformedJson => new FakeBybitReply(200, "{\"retCode\":0,\"retMsg\":\"OK\",\"result\":{\"list\":[{\"sym"),
            FakeBybitFaultKind.Business => FakeBybitReply.Error(fault.RetCode, fault.RetMsg, ms),
            _ => PlainError(),
        };
    }

    private static FakeBybitReply PlainError() => new(500, "<html><body><h1>500 Internal Server Error</h1></body></html>", "text/html");

    private static async Task WriteAsync(HttpContext context, FakeBybitReply reply)
    {
        var response = context.Response;
        response.StatusCode = reply.Status;
        response.ContentType = reply.ContentType;
        if (reply.Limit is var (limit, remaining, reset))
        {
            response.Headers["X-Bapi-Limit"] = limit.ToString(CultureInfo.InvariantCulture);
            response.Headers["X-Bapi-Limit-Status"] = remaining.ToString(CultureInfo.InvariantCulture);
            response.Headers["X-Bapi-Limit-Reset-Timestamp"] = reset.ToString(CultureInfo.InvariantCulture);
        }
        try
        {
            await response.WriteAsync(reply.Body, Encoding.UTF8, context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            // The client went away (its timeout); the request was handled all the same.
        }
    }

    private static FakeBybitRequest Read(HttpRequest http, string raw)
    {
        var headers = http.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var query = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in http.Query) query.TryAdd(key, value.ToString());
        JsonObject? body = null;
        if (raw.Length > 0)
        {
            try
            {
                body = JsonNode.Parse(raw) as JsonObject;
            }
            catch (JsonException)
            {
                body = null;
            }
        }
        var rawQuery = http.QueryString.Value is { Length: > 0 } q ? q[1..] : "";
        return new FakeBybitRequest(http.Method, http.Path.Value ?? "", rawQuery, headers, query, raw, body);
    }
}
