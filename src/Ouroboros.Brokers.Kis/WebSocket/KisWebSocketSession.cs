using System.Net.WebSockets;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Ouroboros.Core.Ports;

namespace Ouroboros.Brokers.Kis.WebSocket;

/// <summary>
/// One KIS real-time WebSocket session (kis-openapi.md §7): at most 40 subscriptions, PINGPONG echoed, execution notices
/// decrypted, and reconnection with capped, jittered backoff that re-subscribes everything and reports the time it was
/// down as a <see cref="KisStreamGap"/>. Everything arrives through <see cref="Events"/>; network faults never throw into
/// the caller, they become states, gaps and <see cref="BrokerResult{T}"/> errors. KIS allows one session per app key.
/// </summary>
public sealed class KisWebSocketSession : IAsyncDisposable
{
    private readonly KisWebSocketSessionOptions options;
    private readonly Uri endpoint;
    private readonly KisApprovalKey approvalKey;
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private readonly Channel<KisStreamEvent> events = Channel.CreateUnbounded<KisStreamEvent>();
    private readonly KisReconnectBackoff backoff;
    private readonly KisAckSlot acks = new();
    private readonly KisInbound inbound;
    private readonly SemaphoreSlim requestGate = new(1, 1);
    private readonly CancellationTokenSource lifetime = new();
    private readonly TaskCompletionSource<BrokerResult<KisConnectionState>> firstAttempt = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock gate = new();
    private readonly List<KisSubscription> subscriptions = [];
    private KisSocketLink? socket;
    private KisConnectionState state = KisConnectionState.Down;
    private Task? run;
    private volatile bool closing;

    /// <param name="approvalKeySource">Yields the WebSocket approval key (the REST client's /oauth2/Approval); asked again once on OPSP0011.</param>
    public KisWebSocketSession(
        KisWebSocketSessionOptions options, Func<CancellationToken, Task<BrokerResult<string>>> approvalKeySource, TimeProvider time, ILogger logger)
    {
        this.options = options;
        endpoint = options.Endpoint();
        approvalKey = new KisApprovalKey(approvalKeySource);
        inbound = new KisInbound(acks, Publish);
        this.time = time;
        this.logger = logger;
        backoff = new KisReconnectBackoff(options.InitialReconnectDelay, options.MaxReconnectDelay, options.JitterSeed);
    }

    /// <summary>Trades, notices, connection changes, gaps and problems, in arrival order; completed when disposed.</summary>
    public ChannelReader<KisStreamEvent> Events => events.Reader;

    public KisConnectionState State
    {
        get
        {
            lock (gate) return state;
        }
    }

    /// <summary>The subscriptions the session carries and re-sends after every reconnect.</summary>
    public IReadOnlyList<KisSubscription> Subscriptions
    {
        get
        {
            lock (gate) return [.. subscriptions];
        }
    }

    /// <summary>
    /// Starts the session and returns how its first connection attempt went: Connected, or that attempt's error while
    /// the session goes on retrying in the background (see <see cref="Events"/>).
    /// </summary>
    public Task<BrokerResult<KisConnectionState>> StartAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(closing, this);
        lock (gate) run ??= Task.Run(() => RunAsync(lifetime.Token), CancellationToken.None);
        return firstAttempt.Task.WaitAsync(cancellationToken);
    }

    /// <summary>
    /// Subscribes (tr_type 1). Refused with a clear error beyond 40 subscriptions, or when KIS refuses (OPSP0008,
    /// OPSP8996: another session uses this key, OPSP8991/8992); OPSP0011 fetches a new approval key and tries once more.
    /// While disconnected the subscription is queued and sent on reconnect.
    /// </summary>
    public async Task<BrokerResult<KisSubscribeOutcome>> SubscribeAsync(KisSubscription subscription, CancellationToken cancellationToken = default)
    {
        await requestGate.WaitAsync(cancellationToken);
        try
        {
            lock (gate)
            {
                if (subscriptions.Contains(subscription)) return BrokerResult<KisSubscribeOutcome>.Ok(KisSubscribeOutcome.AlreadySubscribed);
                if (subscriptions.Count >= KisWebSocketSessionOptions.MaxSubscriptions)
                {
                    return BrokerResult<KisSubscribeOutcome>.Fail(BrokerErrorKind.InvalidRequest,
                        $"cannot subscribe to {subscription}: a KIS WebSocket session carries at most {KisWebSocketSessionOptions.MaxSubscriptions} subscriptions and this one is full; unsubscribe one first");
                }
                if (socket is null)
                {
                    subscriptions.Add(subscription);
                    return BrokerResult<KisSubscribeOutcome>.Ok(KisSubscribeOutcome.Queued);
                }
            }
            var (result, lost) = await RequestAsync(subscription, subscribe: true, cancellationToken);
            if (result.IsSuccess || lost)
            {
                lock (gate) subscriptions.Add(subscription);
            }
            return lost ? BrokerResult<KisSubscribeOutcome>.Ok(KisSubscribeOutcome.Queued) : result;
        }
        finally
        {
            requestGate.Release();
        }
    }

    /// <summary>Unsubscribes (tr_type 2); a feed the session does not carry is already unsubscribed.</summary>
    public async Task<BrokerResult<KisSubscribeOutcome>> UnsubscribeAsync(KisSubscription subscription, CancellationToken cancellationToken = default)
    {
        await requestGate.WaitAsync(cancellationToken);
        try
        {
            lock (gate)
            {
                if (!subscriptions.Contains(subscription) || socket is null)
                {
                    subscriptions.Remove(subscription);
                    return BrokerResult<KisSubscribeOutcome>.Ok(KisSubscribeOutcome.Unsubscribed);
                }
            }
            var (result, lost) = await RequestAsync(subscription, subscribe: false, cancellationToken);
            if (!result.IsSuccess && !lost) return result;
            lock (gate) subscriptions.Remove(subscription);
            return BrokerResult<KisSubscribeOutcome>.Ok(KisSubscribeOutcome.Unsubscribed);
        }
        finally
        {
            requestGate.Release();
        }
    }

    /// <summary>Closes the socket with a normal close frame, stops reconnecting and completes <see cref="Events"/>.</summary>
    public async ValueTask DisposeAsync()
    {
        if (closing) return;
        closing = true;
        KisSocketLink? open;
        lock (gate) open = socket;
        if (open is not null) await open.CloseAsync(time);
        await lifetime.CancelAsync();
        if (run is not null) await run;
        lock (gate) open = socket;
        if (open is not null) Detach(open);
        firstAttempt.TrySetResult(BrokerResult<KisConnectionState>.Fail(BrokerErrorKind.Network, "the session was closed before it connected"));
        SetState(KisConnectionState.Down, "the session was closed");
        events.Writer.TryComplete();
        lifetime.Dispose();
        requestGate.Dispose();
    }

    private async Task RunAsync(CancellationToken stop)
    {
        var failures = 0;
        DateTimeOffset? downSince = null;
        try
        {
            while (!stop.IsCancellationRequested && !closing)
            {
                var connected = await ConnectAsync(stop);
                if (connected.Value is { } link)
                {
                    failures = 0;
                    lock (gate) socket = link;
                    var receiving = ReceiveAsync(link, stop);
                    SetState(KisConnectionState.Connected, downSince is null ? $"connected to {endpoint}" : $"reconnected to {endpoint}");
                    firstAttempt.TrySetResult(BrokerResult<KisConnectionState>.Ok(KisConnectionState.Connected));
                    var restored = await ResubscribeAsync(stop);
                    if (restored && downSince is { } since)
                    {
                        var now = time.GetUtcNow();
                        Publish(new KisStreamGap(now, since, now));
                        downSince = null;
                    }
                    var reason = await receiving;
                    Detach(link);
                    if (stop.IsCancellationRequested || closing) break;
                    downSince ??= time.GetUtcNow();
                    logger.LogWarning("The KIS WebSocket was lost: {Reason}", reason);
                    SetState(KisConnectionState.Reconnecting, reason);
                }
                else
                {
                    failures++;
                    var error = connected.Error!;
                    firstAttempt.TrySetResult(BrokerResult<KisConnectionState>.Fail(error.Kind, error.Message));
                    logger.LogWarning("KIS WebSocket connection attempt {Attempt} failed: {Reason}", failures, error.Message);
                    if (options.MaxReconnectAttempts is { } max && failures >= max)
                    {
                        SetState(KisConnectionState.Down, $"gave up after {failures} failed connection attempts; the last: {error.Message}");
                        return;
                    }
                    SetState(KisConnectionState.Reconnecting, error.Message);
                }
                await Task.Delay(backoff.Next(Math.Max(0, failures - 1)), time, stop);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            // A bug, not a network fault: the session stops visibly instead of hanging on without reconnecting.
            logger.LogError(ex, "The KIS WebSocket session stopped on an unexpected error");
            SetState(KisConnectionState.Down, $"stopped by an unexpected error: {ex.Message}");
        }
    }

    private async Task<BrokerResult<KisSocketLink>> ConnectAsync(CancellationToken stop)
    {
        var key = await approvalKey.GetAsync(stop);
        if (!key.IsSuccess) return BrokerResult<KisSocketLink>.Fail(key.Error!.Kind, key.Error.Message);
        var ws = new ClientWebSocket();
        using var timeout = new CancellationTokenSource(options.ConnectTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(stop, timeout.Token);
        try
        {
            await ws.ConnectAsync(endpoint, linked.Token);
            return BrokerResult<KisSocketLink>.Ok(new KisSocketLink(ws));
        }
        catch (Exception ex) when (ex is WebSocketException or HttpRequestException or OperationCanceledException && !stop.IsCancellationRequested)
        {
            ws.Dispose();
            var why = timeout.IsCancellationRequested ? $"no answer within {options.ConnectTimeout.TotalSeconds:0.#} s" : ex.Message;
            return BrokerResult<KisSocketLink>.Fail(BrokerErrorKind.Network, $"could not open the KIS WebSocket at {endpoint}: {why}");
        }
    }

    /// <summary>Sends every subscription again after a (re)connect; false when the connection was lost meanwhile.</summary>
    private async Task<bool> ResubscribeAsync(CancellationToken stop)
    {
        await requestGate.WaitAsync(stop);
        try
        {
            foreach (var subscription in Subscriptions)
            {
                var (result, lost) = await RequestAsync(subscription, subscribe: true, stop);
                if (lost) return false;
                if (result.IsSuccess) continue;
                if (result.Error!.Kind != BrokerErrorKind.Network)
                {
                    lock (gate) subscriptions.Remove(subscription);
                }
                Publish(new KisStreamProblem(time.GetUtcNow(), $"re-subscribing to {subscription} after connecting failed: {result.Error.Message}"));
            }
            return true;
        }
        finally
        {
            requestGate.Release();
        }
    }

    /// <summary>One subscribe or unsubscribe round trip; Lost when the connection went away before the answer.</summary>
    private async Task<(BrokerResult<KisSubscribeOutcome> Result, bool Lost)> RequestAsync(KisSubscription subscription, bool subscribe, CancellationToken cancellationToken)
    {
        var lost = (BrokerResult<KisSubscribeOutcome>.Fail(BrokerErrorKind.Network, "the KIS WebSocket is not connected"), true);
        for (var attempt = 0; ; attempt++)
        {
            KisSocketLink? link;
            lock (gate) link = socket;
            if (link is null || approvalKey.Current is not { } key) return lost;
            var answer = acks.Expect(subscription.TrId);
            try
            {
                if (!await link.SendAsync(KisControlMessage.Request(key, options.CustomerType, subscription, subscribe), cancellationToken)) return lost;
                var ack = await answer.WaitAsync(options.AcknowledgementTimeout, time, cancellationToken);
                if (ack is null) return lost;
                if (ack.MessageCode != KisAcknowledgement.InvalidApproval || attempt > 0) return (KisAcknowledgement.Interpret(ack, subscription, subscribe), false);
                logger.LogWarning("KIS refused the WebSocket approval key (OPSP0011); fetching a new one");
                var fresh = await approvalKey.RenewAsync(cancellationToken);
                if (!fresh.IsSuccess) return (BrokerResult<KisSubscribeOutcome>.Fail(fresh.Error!.Kind, $"KIS refused the WebSocket approval key (OPSP0011) and {fresh.Error.Message}"), false);
            }
            catch (TimeoutException)
            {
                var verb = subscribe ? "subscribing to" : "unsubscribing from";
                return (BrokerResult<KisSubscribeOutcome>.Fail(BrokerErrorKind.Network,
                    $"KIS did not acknowledge {verb} {subscription} within {options.AcknowledgementTimeout.TotalSeconds:0.#} s"), false);
            }
            finally
            {
                acks.Forget(answer);
            }
        }
    }

    private async Task<string> ReceiveAsync(KisSocketLink link, CancellationToken stop)
    {
        while (true)
        {
            var (text, ended) = await link.ReceiveAsync(stop);
            if (text is null) return ended!;
            await inbound.HandleAsync(link, text, time.GetUtcNow(), stop);
        }
    }

    private void Detach(KisSocketLink link)
    {
        lock (gate)
        {
            if (socket == link) socket = null;
        }
        acks.ConnectionLost();
        link.Dispose();
    }

    private void SetState(KisConnectionState next, string reason)
    {
        lock (gate)
        {
            if (state == next) return;
            state = next;
        }
        if (logger.IsEnabled(LogLevel.Information)) logger.LogInformation("KIS WebSocket {State}: {Reason}", next, reason);
        Publish(new KisConnectionChanged(time.GetUtcNow(), next, reason));
    }

    private void Publish(KisStreamEvent e) => events.Writer.TryWrite(e);
}
