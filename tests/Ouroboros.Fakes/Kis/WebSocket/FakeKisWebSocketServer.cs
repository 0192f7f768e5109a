using System.Collections.Concurrent;
using System.Net;
using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebSockets;
using Microsoft.Extensions.DependencyInjection;

namespace Ouroboros.Fakes.Kis.WebSocket;

/// <summary>
/// A loopback KIS real-time WebSocket server (kis-openapi.md §7, §4.1, §4.3; §9 item 9): approval keys registered by the
/// test, one session per app key (OPSP8996), at most 40 subscriptions (OPSP0008), OPSP0002 on re-subscribe, OPSP8991/8992
/// for unknown TRs and bad keys, OPSP0011 for unknown approval keys, acknowledgements with a per-session AES key and IV,
/// PINGPONG with the session closed when the echo does not come, and faults: dropped connections, refused connections,
/// raw (malformed) frames. Clients connect to <see cref="Url"/> + <c>/tryitout</c>.
/// </summary>
public sealed class FakeKisWebSocketServer : IAsyncDisposable
{
    public const int MaxSubscriptions = 40;

    private readonly FakeKisWebSocketOptions options;
    private readonly Random random;
    private readonly ConcurrentDictionary<string, string> approvalKeys = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<int, FakeKisWebSocketConnection> connections = new();
    private readonly ConcurrentQueue<string> received = new();
    private readonly Lock gate = new();
    private readonly CancellationTokenSource stopping = new();
    private WebApplication? app;
    private int nextId;
    private int pongs;
    private int accepted;

    private FakeKisWebSocketServer(FakeKisWebSocketOptions options)
    {
        this.options = options;
        random = new Random(options.Seed);
    }

    /// <summary>e.g. <c>ws://127.0.0.1:50123</c>, no path (the client appends <c>/tryitout</c>).</summary>
    public string Url { get; private set; } = "";

    /// <summary>When true the WebSocket upgrade is answered with HTTP 503 (a host that is down for maintenance).</summary>
    public bool RefuseConnections { get; set; }

    /// <summary>Connections accepted since start (a reconnect adds one).</summary>
    public int ConnectionsAccepted => Volatile.Read(ref accepted);

    public int OpenSessions => connections.Values.Count(c => c.IsOpen);

    /// <summary>PINGPONGs echoed back exactly.</summary>
    public int PongsReceived => Volatile.Read(ref pongs);

    /// <summary>Every text message clients sent, in arrival order (approval keys included: test values only).</summary>
    public IReadOnlyList<string> Received => [.. received];

    /// <summary>The subscriptions of every open session.</summary>
    public IReadOnlyList<(string TrId, string TrKey)> ActiveSubscriptions => [.. connections.Values.Where(c => c.IsOpen).SelectMany(c => c.Subscriptions)];

    public static async Task<FakeKisWebSocketServer> StartAsync(FakeKisWebSocketOptions? options = null, CancellationToken cancellationToken = default)
    {
        var server = new FakeKisWebSocketServer(options ?? new FakeKisWebSocketOptions());
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Services.AddWebSockets(o => o.KeepAliveInterval = TimeSpan.Zero);
        var app = builder.Build();
        app.UseWebSockets();
        app.Run(server.HandleAsync);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Url = "ws" + address.TrimEnd('/')["http".Length..];
        server.app = app;
        return server;
    }

    /// <summary>
    /// Asked for an approval key that was not added: the app key it belongs to, or null (OPSP0011). Lets a test accept
    /// the keys the REST fake issues to another process (<c>restFake.ApprovalKeyOwner</c>).
    /// </summary>
    public Func<string, string?>? ApprovalKeyOwner { get; set; }

    /// <summary>Makes <paramref name="approvalKey"/> valid for <paramref name="appKey"/> (what /oauth2/Approval would issue).</summary>
    public void AddApprovalKey(string approvalKey, string appKey) => approvalKeys[approvalKey] = appKey;

    /// <summary>Consulted for approval keys not added by <see cref="AddApprovalKey"/>: the app key a REST fake issued one to, or null.</summary>
    public Func<string, string?>? ApprovalKeyLookup { get; set; }

    /// <summary>Invalidates an approval key: requests carrying it get OPSP0011 from now on.</summary>
    public void RevokeApprovalKey(string approvalKey) => approvalKeys.TryRemove(approvalKey, out _);

    /// <summary>Pushes one frame of <paramref name="records"/> to the sessions subscribed to the TR and key; returns how many got it.</summary>
    public Task<int> PublishTradeAsync(string trId, string trKey, params IReadOnlyList<string>[] records) =>
        SendToSubscribers(trId, trKey, _ => FakeKisWebSocketWire.DataFrame(trId, records));

    /// <summary>Pushes an execution notice, encrypted with each receiving session's own key and IV, to the sessions subscribed to the TR under <paramref name="htsId"/>.</summary>
    public Task<int> PublishNoticeAsync(string trId, string htsId, params string[] fields) =>
        SendToSubscribers(trId, htsId, c => FakeKisWebSocketWire.EncryptedFrame(trId, fields, c.Cipher.Key, c.Cipher.Iv));

    /// <summary>Sends <paramref name="text"/> as it is to every open session (malformed frames, unasked JSON).</summary>
    public Task<int> InjectRawAsync(string text) => Broadcast(connections.Values.Where(c => c.IsOpen), _ => text);

    /// <summary>Cuts every connection without a close frame, as a network fault would.</summary>
    public void DropConnections()
    {
        foreach (var c in connections.Values) c.Abort();
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        DropConnections();
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
        stopping.Dispose();
    }

    private Task<int> SendToSubscribers(string trId, string trKey, Func<FakeKisWebSocketConnection, string> frame) =>
        Broadcast(connections.Values.Where(c => c.IsOpen && c.IsSubscribed(trId, trKey)), frame);

    private async Task<int> Broadcast(IEnumerable<FakeKisWebSocketConnection> targets, Func<FakeKisWebSocketConnection, string> frame)
    {
        var sent = 0;
        foreach (var c in targets.ToList())
        {
            // One at a time and awaited, so that a test's frames arrive in the order it published them.
            if (await c.SendAsync(frame(c), stopping.Token)) sent++;
        }
        return sent;
    }

    private async Task HandleAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments("/tryitout"))
        {
            context.Response.StatusCode = 404;
            return;
        }
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = 400;
            return;
        }
        if (RefuseConnections)
        {
            context.Response.StatusCode = 503;
            return;
        }
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        (string, string) cipher;
        lock (gate) cipher = FakeKisWebSocketWire.NewCipher(random);
        using var connection = new FakeKisWebSocketConnection(Interlocked.Increment(ref nextId), socket, cipher);
        connections[connection.Id] = connection;
        Interlocked.Increment(ref accepted);
        using var done = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping.Token);
        var pinging = options.PingInterval is { } interval ? PingAsync(connection, interval, done.Token) : Task.CompletedTask;
        try
        {
            while (await connection.ReceiveAsync(done.Token) is { } text)
            {
                received.Enqueue(text);
                if (connection.TryTakePong(text)) Interlocked.Increment(ref pongs);
                else await AnswerAsync(connection, text, done.Token);
            }
        }
        finally
        {
            connections.TryRemove(connection.Id, out _);
            await done.CancelAsync();
            await pinging;
        }
    }

    private async Task PingAsync(FakeKisWebSocketConnection connection, TimeSpan interval, CancellationToken cancellationToken)
    {
        try
        {
            while (connection.IsOpen)
            {
                await Task.Delay(interval, options.Time, cancellationToken);
                var ping = FakeKisWebSocketWire.PingPong(options.Time.GetUtcNow());
                var echoed = connection.StartPing(ping);
                if (!await connection.SendAsync(ping, cancellationToken)) return;
                try
                {
                    await echoed.WaitAsync(options.PongTimeout ?? interval, options.Time, cancellationToken);
                }
                catch (TimeoutException)
                {
                    await connection.CloseAsync(WebSocketCloseStatus.PolicyViolation, "PINGPONG not answered");
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private Task AnswerAsync(FakeKisWebSocketConnection connection, string text, CancellationToken cancellationToken)
    {
        string? approval = null, trType = null, trId = null, trKey = null;
        try
        {
            var root = JsonNode.Parse(text);
            approval = (string?)root?["header"]?["approval_key"];
            trType = (string?)root?["header"]?["tr_type"];
            trId = (string?)root?["body"]?["input"]?["tr_id"];
            trKey = (string?)root?["body"]?["input"]?["tr_key"];
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
        {
        }
        var reply = trId is null || trKey is null || trType is not ("1" or "2")
            ? FakeKisWebSocketWire.Ack(trId ?? "", trKey ?? "", "9", "OPSP9999", "JSON PARSING ERROR : invalid json format")
            : Answer(connection, approval, trType == "1", trId, trKey);
        return connection.SendAsync(reply, cancellationToken);
    }

    private string Answer(FakeKisWebSocketConnection connection, string? approval, bool subscribe, string trId, string trKey)
    {
        string Refuse(string code, string message) => FakeKisWebSocketWire.Ack(trId, trKey, "1", code, message);
        var appKey = approval is null ? null : approvalKeys.TryGetValue(approval, out var added) ? added : ApprovalKeyOwner?.Invoke(approval) ?? ApprovalKeyLookup?.Invoke(approval);
        if (appKey is null) return Refuse("OPSP0011", "invalid approval : NOT FOUND");
        lock (gate)
        {
            var owner = connections.Values.FirstOrDefault(c => c.Id != connection.Id && c.IsOpen && c.AppKey == appKey);
            if (owner is not null) return Refuse("OPSP8996", "ALREADY IN USE appkey");
            connection.AppKey = appKey;
        }
        if (!FakeKisWebSocketWire.KnownTrIds.Contains(trId)) return Refuse("OPSP8991", "invalid tr_id");
        if (!FakeKisWebSocketWire.IsValidKey(trId, trKey)) return Refuse("OPSP8992", "invalid tr_key");
        if (!subscribe)
        {
            return connection.Unsubscribe(trId, trKey)
                ? FakeKisWebSocketWire.Ack(trId, trKey, "0", "OPSP0001", "UNSUBSCRIBE SUCCESS")
                : Refuse("OPSP0003", "UNSUBSCRIBE ERROR(not found!)");
        }
        return connection.Subscribe(trId, trKey, MaxSubscriptions) switch
        {
            "OPSP0000" => FakeKisWebSocketWire.Ack(trId, trKey, "0", "OPSP0000", "SUBSCRIBE SUCCESS", connection.Cipher),
            "OPSP0002" => Refuse("OPSP0002", "ALREADY IN SUBSCRIBE"),
            _ => Refuse("OPSP0008", "MAX SUBSCRIBE OVER"),
        };
    }
}
