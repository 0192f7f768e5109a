using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Ouroboros.Fakes.Kis;

/// <summary>
/// One HTTP request from arrival to answer: read, record (without secrets), apply an injected fault, dispatch under
/// the state's lock, write, and hand the fills it caused to <paramref name="raise"/> before or after the answer.
/// </summary>
internal sealed class FakeKisPipeline(FakeKisState state, FakeKisFaultQueue faults, Action<IReadOnlyList<FakeKisExecution>> raise, CancellationToken lifetime)
{
    private static readonly string[] SecretHeaders = ["authorization", "appsecret", "hashkey"];
    private static readonly string[] SecretBodyKeys = ["appsecret", "secretkey", "token"];
    private readonly Dictionary<string, int> pages = new(StringComparer.Ordinal);
    private readonly List<FakeKisRecordedRequest> requests = [];
    private long responses;

    public IReadOnlyList<FakeKisRecordedRequest> Requests
    {
        get
        {
            lock (state.Gate) return [.. requests];
        }
    }

    public async Task HandleAsync(HttpContext context)
    {
        string raw;
        using (var reader = new StreamReader(context.Request.Body, Encoding.UTF8))
            raw = await reader.ReadToEndAsync(context.RequestAborted);
        var request = Read(context.Request, raw);
        var fault = faults.Take(request);
        Record(request, fault);
        if (fault is { IsAfterHandling: false })
        {
            if (fault.Kind != FakeKisFaultKind.Delay)
            {
                await WriteAsync(context, request, Faulted(fault.Kind));
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
        var (reply, executions) = Dispatch(request);
        if (state.Settings.FillBeforeAck)
            raise(executions);
        if (fault?.Kind == FakeKisFaultKind.AppliedThenConnectionAborted)
            context.Abort();
        else if (fault?.Kind == FakeKisFaultKind.AppliedThenServerError)
            await WriteAsync(context, request, Faulted(FakeKisFaultKind.PlainServerError));
        else
            await WriteAsync(context, request, reply);
        if (!state.Settings.FillBeforeAck)
            raise(executions);
    }

    private (FakeKisReply Reply, IReadOnlyList<FakeKisExecution> Executions) Dispatch(FakeKisRequest request)
    {
        lock (state.Gate)
        {
            var now = state.Clock.GetUtcNow();
            if (request.IsPost)
            {
                switch (request.Path)
                {
                    case "/oauth2/tokenP":
                        return (FakeKisOAuth.Token(request, state), []);
                    case "/oauth2/revokeP":
                        return (FakeKisOAuth.Revoke(request, state), []);
                    case "/oauth2/Approval":
                        return (FakeKisOAuth.Approval(request, state), []);
                    case "/uapi/hashkey":
                        return (FakeKisOAuth.Hashkey(request, state), []);
                }
            }
            if (FakeKisEndpoints.Find(request.Method, request.Path) is not { } endpoint)
                return (new FakeKisReply(404, "Not Found", ContentType: "text/plain"), []);
            if (FakeKisGate.Check(request, endpoint, state, now) is { } refused)
                return (refused, []);
            var call = new FakeKisCall(request, state, now);
            return (endpoint.Handle(call), call.Executions);
        }
    }

    private static FakeKisReply Faulted(FakeKisFaultKind kind) => kind switch
    {
        FakeKisFaultKind.TooManyRequests => FakeKisReply.Json(FakeKisJson.Envelope("1", FakeKisMessages.RateLimited, FakeKisMessages.RateLimitedText), status: 429),
        FakeKisFaultKind.RateLimited => FakeKisReply.Gateway(FakeKisMessages.RateLimited, FakeKisMessages.RateLimitedText),
        FakeKisFaultKind.MalformedJson => new FakeKisReply(200, "{\"rt_cd\":\"0\",\"msg_cd\":\"MCA00000\",\"output\":{\"stck_prpr\":\"719"),
        _ => new FakeKisReply(500, "<html><body><h1>500 Internal Server Error</h1></body></html>", ContentType: "text/html"),
    };

    private async Task WriteAsync(HttpContext context, FakeKisRequest request, FakeKisReply reply)
    {
        var response = context.Response;
        response.StatusCode = reply.Status;
        response.ContentType = reply.ContentType;
        if (request.TrId.Length > 0)
            response.Headers["tr_id"] = request.TrId;
        if (request.Path.StartsWith("/uapi/", StringComparison.Ordinal))
            response.Headers["tr_cont"] = reply.TrCont ?? string.Empty;
        response.Headers["gt_uid"] = Interlocked.Increment(ref responses).ToString("x32", CultureInfo.InvariantCulture);
        try
        {
            await response.WriteAsync(reply.Body, Encoding.UTF8, context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            // The client went away (its timeout); the request was handled all the same.
        }
    }

    private FakeKisRequest Read(HttpRequest http, string raw)
    {
        var headers = http.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var query = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in http.Query)
            query.TryAdd(key, value.ToString());
        var path = http.Path.Value ?? string.Empty;
        var pageKey = headers.GetValueOrDefault("appkey", string.Empty) + " " + path;
        int page;
        lock (state.Gate)
        {
            page = headers.GetValueOrDefault("tr_cont") == "N" ? pages.GetValueOrDefault(pageKey, 1) + 1 : 1;
            pages[pageKey] = page;
        }
        return new FakeKisRequest(http.Method, path, http.QueryString.Value ?? string.Empty, headers, query, raw, FakeKisRequest.ParseBody(raw), page);
    }

    private void Record(FakeKisRequest request, FakeKisFault? fault)
    {
        var headers = request.Headers.Where(h => !SecretHeaders.Contains(h.Key, StringComparer.OrdinalIgnoreCase))
            .ToDictionary(h => h.Key, h => h.Value, StringComparer.OrdinalIgnoreCase);
        var body = request.RawBody;
        // A token-endpoint body that is not JSON cannot be masked field by field, so none of it is kept.
        if (request.Body is null && body.Length > 0 && request.Path.StartsWith("/oauth2/", StringComparison.Ordinal))
            body = "***";
        else if (request.Body is { } keys && keys.Keys.Any(k => SecretBodyKeys.Contains(k, StringComparer.OrdinalIgnoreCase)))
        {
            var node = JsonNode.Parse(body)!.AsObject();
            foreach (var key in node.Select(p => p.Key).Where(k => SecretBodyKeys.Contains(k, StringComparer.OrdinalIgnoreCase)).ToList())
                node[key] = "***";
            body = FakeKisJson.Write(node);
        }
        lock (state.Gate)
            requests.Add(new FakeKisRecordedRequest(request.Method, request.Path, request.QueryString, request.TrId, headers, body,
                state.Clock.GetUtcNow(), fault?.Kind.ToString()));
    }
}
