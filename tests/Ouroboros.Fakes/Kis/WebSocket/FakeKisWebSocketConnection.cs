using System.Net.WebSockets;
using System.Text;

namespace Ouroboros.Fakes.Kis.WebSocket;

/// <summary>One client connected to the fake: its subscriptions, its app key once bound, its AES key and IV, its PINGPONG.</summary>
internal sealed class FakeKisWebSocketConnection(int id, System.Net.WebSockets.WebSocket socket, (string Key, string Iv) cipher) : IDisposable
{
    private readonly SemaphoreSlim sendGate = new(1, 1);
    private readonly Lock gate = new();
    private readonly List<(string TrId, string TrKey)> subscriptions = [];
    private (string Text, TaskCompletionSource Echoed)? pendingPing;

    public int Id => id;

    public (string Key, string Iv) Cipher => cipher;

    /// <summary>The app key this session is bound to, set by its first accepted request.</summary>
    public string? AppKey { get; set; }

    public bool IsOpen => socket.State == WebSocketState.Open;

    public IReadOnlyList<(string TrId, string TrKey)> Subscriptions
    {
        get
        {
            lock (gate) return [.. subscriptions];
        }
    }

    public bool IsSubscribed(string trId, string trKey)
    {
        lock (gate) return subscriptions.Contains((trId, trKey));
    }

    /// <summary>The OPSP code the subscribe answer carries: 0000 added, 0002 already there, 0008 full.</summary>
    public string Subscribe(string trId, string trKey, int max)
    {
        lock (gate)
        {
            if (subscriptions.Contains((trId, trKey))) return "OPSP0002";
            if (subscriptions.Count >= max) return "OPSP0008";
            subscriptions.Add((trId, trKey));
            return "OPSP0000";
        }
    }

    public bool Unsubscribe(string trId, string trKey)
    {
        lock (gate) return subscriptions.Remove((trId, trKey));
    }

    /// <summary>Remembers the PINGPONG about to be sent; the task completes when the client echoes it.</summary>
    public Task StartPing(string ping)
    {
        lock (gate)
        {
            pendingPing = (ping, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
            return pendingPing.Value.Echoed.Task;
        }
    }

    /// <summary>True when <paramref name="text"/> is the echo of the outstanding PINGPONG.</summary>
    public bool TryTakePong(string text)
    {
        lock (gate)
        {
            if (pendingPing is not { } p || p.Text != text) return false;
            pendingPing = null;
            p.Echoed.TrySetResult();
            return true;
        }
    }

    public async Task<bool> SendAsync(string text, CancellationToken cancellationToken)
    {
        try
        {
            await sendGate.WaitAsync(cancellationToken);
            try
            {
                await socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, cancellationToken);
                return true;
            }
            finally
            {
                sendGate.Release();
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException or InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>The next text message, or null once the client is gone.</summary>
    public async Task<string?> ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[8192];
        using var message = new MemoryStream();
        try
        {
            while (true)
            {
                var result = await socket.ReceiveAsync(new ArraySegment<byte>(buffer), cancellationToken);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    await CloseAsync(WebSocketCloseStatus.NormalClosure, "bye");
                    return null;
                }
                message.Write(buffer, 0, result.Count);
                if (result.EndOfMessage) return Encoding.UTF8.GetString(message.ToArray());
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException or InvalidOperationException)
        {
            return null;
        }
    }

    public async Task CloseAsync(WebSocketCloseStatus status, string reason)
    {
        try
        {
            await sendGate.WaitAsync();
            try
            {
                if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                    await socket.CloseOutputAsync(status, reason, CancellationToken.None);
            }
            finally
            {
                sendGate.Release();
            }
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or InvalidOperationException)
        {
            socket.Abort();
        }
    }

    /// <summary>Cuts the connection without a close frame, as a network fault does.</summary>
    public void Abort() => socket.Abort();

    public void Dispose() => sendGate.Dispose();
}
