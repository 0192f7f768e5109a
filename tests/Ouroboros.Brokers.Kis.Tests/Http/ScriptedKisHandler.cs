using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using Ouroboros.TestKit;

namespace Ouroboros.Brokers.Kis.Tests.Http;

/// <summary>
/// An <see cref="HttpMessageHandler"/> that answers in the contract's exact shapes (kis-openapi.md §3–§4): scripted replies
/// per path, in order (the last one repeats), a token endpoint that counts issuances and a hashkey endpoint by default.
/// Each exchange moves the <see cref="FakeClock"/> by <see cref="Latency"/> so paced calls never wait on real time.
/// </summary>
public sealed class ScriptedKisHandler(FakeClock clock) : HttpMessageHandler
{
    private readonly ConcurrentDictionary<string, Queue<Func<Seen, CancellationToken, Task<HttpResponseMessage>>>> _scripts = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentQueue<Seen> _seen = new();
    private int _issued;

    public TimeSpan Latency { get; set; } = TimeSpan.FromSeconds(1);

    public IReadOnlyList<Seen> Requests => [.. _seen];

    public IReadOnlyList<Seen> Uapi(string pathEnd) => [.. _seen.Where(s => s.Path.EndsWith(pathEnd, StringComparison.Ordinal))];

    public int TokensIssued => _issued;

    /// <summary>Signalled when a <see cref="Hang"/> reply starts waiting.</summary>
    public TaskCompletionSource Hanging { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ScriptedKisHandler On(string path, params Func<Seen, CancellationToken, Task<HttpResponseMessage>>[] replies)
    {
        var queue = _scripts.GetOrAdd(path, _ => new Queue<Func<Seen, CancellationToken, Task<HttpResponseMessage>>>());
        lock (queue) foreach (var reply in replies) queue.Enqueue(reply);
        return this;
    }

    public ScriptedKisHandler On(string path, params string[] okBodies) =>
        On(path, [.. okBodies.Select(b => Reply(HttpStatusCode.OK, b))]);

    public static Func<Seen, CancellationToken, Task<HttpResponseMessage>> Reply(HttpStatusCode status, string body, string? trCont = null) =>
        (_, _) => Task.FromResult(Response(status, body, trCont));

    public static Func<Seen, CancellationToken, Task<HttpResponseMessage>> Ok(string body, string trCont) => Reply(HttpStatusCode.OK, body, trCont);

    /// <summary>The gateway's error shape: HTTP 500 with an rt_cd/msg_cd body (§4.2).</summary>
    public static Func<Seen, CancellationToken, Task<HttpResponseMessage>> Gateway(string code, string msg1) =>
        Reply(HttpStatusCode.InternalServerError, $$"""{"rt_cd":"1","msg_cd":"{{code}}","msg1":"{{msg1}}"}""");

    /// <summary>A business error: HTTP 200 with rt_cd 1 (§4.2).</summary>
    public static Func<Seen, CancellationToken, Task<HttpResponseMessage>> Business(string code, string msg1) =>
        Reply(HttpStatusCode.OK, $$"""{"rt_cd":"1","msg_cd":"{{code}}","msg1":"{{msg1}}"}""");

    public Func<Seen, CancellationToken, Task<HttpResponseMessage>> Hang => async (_, ct) =>
    {
        Hanging.TrySetResult();
        await Task.Delay(Timeout.InfiniteTimeSpan, ct);
        throw new InvalidOperationException("unreachable");
    };

    public static string TokenBody(string token, int expiresIn = 86400) =>
        $$"""{"access_token":"{{token}}","access_token_token_expired":"2026-07-10 09:15:02","token_type":"Bearer","expires_in":{{expiresIn}}}""";

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var headers = request.Headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase);
        var query = ParseQuery(request.RequestUri!.Query);
        var seen = new Seen(request.Method.Method, request.RequestUri.AbsolutePath, query, headers, body);
        _seen.Enqueue(seen);
        if (Latency > TimeSpan.Zero) clock.Advance(Latency);
        if (_scripts.TryGetValue(seen.Path, out var queue))
        {
            Func<Seen, CancellationToken, Task<HttpResponseMessage>>? reply;
            lock (queue) reply = queue.Count > 1 ? queue.Dequeue() : queue.Count == 1 ? queue.Peek() : null;
            if (reply is not null)
            {
                var response = await reply(seen, cancellationToken);
                if (seen.Path == "/oauth2/tokenP" && response.IsSuccessStatusCode) Interlocked.Increment(ref _issued);
                return response;
            }
        }
        return seen.Path switch
        {
            "/oauth2/tokenP" => Response(HttpStatusCode.OK, TokenBody("token-" + Interlocked.Increment(ref _issued))),
            "/uapi/hashkey" => Response(HttpStatusCode.OK, $$"""{"JsonBody":{{body}},"HASH":"hash-of-body"}"""),
            _ => Response(HttpStatusCode.NotFound, """{"rt_cd":"1","msg_cd":"OPSQ0002","msg1":"없는 서비스 코드 입니다."}"""),
        };
    }

    private static HttpResponseMessage Response(HttpStatusCode status, string body, string? trCont = null)
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (trCont is not null) response.Headers.TryAddWithoutValidation("tr_cont", trCont);
        return response;
    }

    private static Dictionary<string, string> ParseQuery(string query)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('=', 2);
            result[WebUtility.UrlDecode(parts[0])] = parts.Length > 1 ? Uri.UnescapeDataString(parts[1]) : "";
        }
        return result;
    }

    /// <summary>One request as the host saw it.</summary>
    public sealed record Seen(string Method, string Path, IReadOnlyDictionary<string, string> Query, IReadOnlyDictionary<string, string> Headers, string? Body)
    {
        public string Header(string name) => Headers.TryGetValue(name, out var v) ? v : "";

        public JsonElement Json() => JsonDocument.Parse(Body!).RootElement;
    }
}
