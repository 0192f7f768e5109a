using System.Net.WebSockets;
using System.Text;

namespace Ouroboros.Brokers.Kis.WebSocket;

/// <summary>
/// One open <see cref="ClientWebSocket"/> as text messages: sends are serialized (a WebSocket takes one send at a time)
/// and every network fault is a value (false, or a reason the link ended), never an exception.
/// </summary>
internal sealed class KisSocketLink(ClientWebSocket socket) : IDisposable
{
    private readonly SemaphoreSlim sendGate = new(1, 1);
    private readonly byte[] buffer = new byte[16 * 1024];
    private readonly MemoryStream message = new();

    public bool IsOpen => socket.State == WebSocketState.Open;

    /// <summary>False when the link is gone; a cancelled <paramref name="cancellationToken"/> still throws.</summary>
    public async Task<bool> SendAsync(string text, CancellationToken cancellationToken)
    {
        await sendGate.WaitAsync(cancellationToken);
        try
        {
            await socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or InvalidOperationException)
        {
            return false;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // A WebSocket aborted under a send (connection reset) reports it as a cancellation nobody asked for.
            return false;
        }
        finally
        {
            sendGate.Release();
        }
    }

    /// <summary>The next whole text message, or null with the reason the link ended.</summary>
    public async Task<(string? Text, string? Ended)> ReceiveAsync(CancellationToken stop)
    {
        try
        {
            while (true)
            {
                var result = await socket.ReceiveAsync(new ArraySegment<byte>(buffer), stop);
                if (result.MessageType == WebSocketMessageType.Close)
                    return (null, $"KIS closed the connection ({result.CloseStatus} {result.CloseStatusDescription})".Replace(" )", ")", StringComparison.Ordinal));
                message.Write(buffer, 0, result.Count);
                if (!result.EndOfMessage) continue;
                var text = Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length);
                message.SetLength(0);
                return (text, null);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            return (null, "the session was closed");
        }
        catch (OperationCanceledException ex)
        {
            // An aborted WebSocket (connection reset) reports it as a cancellation nobody asked for.
            return (null, $"the connection broke: {ex.InnerException?.Message ?? ex.Message}");
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or InvalidOperationException)
        {
            return (null, $"the connection broke: {ex.Message}");
        }
    }

    /// <summary>Sends a normal close frame; the receive side then sees the server's answer and ends.</summary>
    public async Task CloseAsync(TimeProvider time)
    {
        if (!IsOpen) return;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2), time);
        try
        {
            await sendGate.WaitAsync(timeout.Token);
            try
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "client closing", timeout.Token);
            }
            finally
            {
                sendGate.Release();
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException or InvalidOperationException)
        {
            // Closing is best effort: the socket is disposed next either way.
        }
    }

    public void Dispose()
    {
        socket.Dispose();
        message.Dispose();
        sendGate.Dispose();
    }
}
