using Microsoft.Extensions.Logging;

namespace Ouroboros.Bots.Telegram;

/// <summary>
/// Every message to Telegram goes through here: <see cref="Enqueue"/> never blocks or throws, and one worker sends
/// each chat's messages in order, at most one per <see cref="TelegramOptions.PerChatInterval"/> per chat (bursts
/// wait in the queue). A 429 keeps the message at the head of its chat's queue until retry_after has passed, so a
/// storm delays alerts without losing one; a refused message (400, 403) is logged, counted and dropped; a transport
/// failure is tried again a few times. Time is the injected <see cref="TimeProvider"/>.
/// </summary>
public sealed class TelegramOutbox : IAsyncDisposable
{
    private const int TransportAttempts = 5;
    private readonly TelegramApi _api;
    private readonly TelegramOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Lock _gate = new();
    private readonly Dictionary<long, ChatQueue> _chats = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly List<TaskCompletionSource> _idle = [];
    private TaskCompletionSource _wake = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Task _worker;
    private bool _sending;
    private long _queued;
    private long _sent;
    private long _failed;
    private long _rateLimited;
    private long _dropped;

    public TelegramOutbox(TelegramApi api, TelegramOptions options, TimeProvider time, ILogger<TelegramOutbox> logger)
    {
        _api = api ?? throw new ArgumentNullException(nameof(api));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _worker = Task.Run(() => RunAsync(_stop.Token));
    }

    public TelegramCounters Counters => new(Interlocked.Read(ref _queued), Interlocked.Read(ref _sent), Interlocked.Read(ref _failed),
        Interlocked.Read(ref _rateLimited), Interlocked.Read(ref _dropped));

    public void Enqueue(OutgoingMessage message)
    {
        if (message is null) return;
        long dropped = 0;
        lock (_gate)
        {
            if (!_chats.TryGetValue(message.ChatId, out var chat)) _chats[message.ChatId] = chat = new ChatQueue();
            if (chat.Messages.Count >= _options.QueueCapacity)
            {
                chat.Messages.Dequeue();
                dropped = Interlocked.Increment(ref _dropped);
            }
            chat.Messages.Enqueue(message);
            Interlocked.Increment(ref _queued);
            _wake.TrySetResult();
        }
        if (dropped > 0 && (dropped & (dropped - 1)) == 0) TelegramLog.Dropped(_logger, message.ChatId, _options.QueueCapacity, dropped);
    }

    /// <summary>Completes when nothing waits or is being sent (for shutdown and tests).</summary>
    public Task WhenIdle()
    {
        lock (_gate)
        {
            if (!_sending && _chats.Values.All(c => c.Messages.Count == 0)) return Task.CompletedTask;
            var waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _idle.Add(waiter);
            return waiter.Task;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_stop.IsCancellationRequested) return;
        await _stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await _worker.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Stopping is what was asked; what still waits is not sent (flush first).
        }
        _stop.Dispose();
    }

    private async Task RunAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            var (next, wait, wake) = Next();
            if (next is { } ready)
            {
                await SendAsync(ready.ChatId, ready.Queue, stop).ConfigureAwait(false);
                continue;
            }
            using var nap = CancellationTokenSource.CreateLinkedTokenSource(stop);
            var sleep = wait is { } w ? Task.Delay(w, _time, nap.Token) : Task.Delay(Timeout.Infinite, nap.Token);
            await Task.WhenAny(sleep, wake).ConfigureAwait(false);
            await nap.CancelAsync().ConfigureAwait(false);
            stop.ThrowIfCancellationRequested();
        }
    }

    /// <summary>The chat whose turn it is (oldest due first), or how long until one is due and the task an enqueue completes.</summary>
    private ((long ChatId, ChatQueue Queue)? Next, TimeSpan? Wait, Task Wake)
        Next()
    {
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            var waiting = _chats.Where(c => c.Value.Messages.Count > 0).ToList();
            _sending = waiting.Count > 0;
            if (!_sending)
            {
                foreach (var w in _idle) w.TrySetResult();
                _idle.Clear();
            }
            if (_wake.Task.IsCompleted) _wake = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var due = waiting.Where(c => c.Value.NotBefore <= now).OrderBy(c => c.Value.NotBefore).ThenBy(c => c.Key).FirstOrDefault();
            if (due.Value is not null) return ((due.Key, due.Value), null, _wake.Task);
            TimeSpan? wait = waiting.Count == 0 ? null : waiting.Min(c => c.Value.NotBefore) - now;
            return (null, wait, _wake.Task);
        }
    }

    private async Task SendAsync(long chatId, ChatQueue chat, CancellationToken stop)
    {
        OutgoingMessage message;
        lock (_gate) message = chat.Messages.Peek();
        var result = await _api.SendAsync(message, stop).ConfigureAwait(false);
        var now = _time.GetUtcNow();
        int attempt;
        lock (_gate)
        {
            attempt = result.IsTransient ? ++chat.Attempts : 0;
            var retry = result.IsRateLimited || (result.IsTransient && attempt < TransportAttempts);
            // The head may have been dropped by a full queue meanwhile; only remove it if it is still there.
            if (!retry && chat.Messages.Count > 0 && ReferenceEquals(chat.Messages.Peek(), message)) chat.Messages.Dequeue();
            if (!retry) chat.Attempts = 0;
            chat.NotBefore = now + (result.RetryAfter ?? (result.IsTransient && retry ? TimeSpan.FromSeconds(Math.Pow(2, attempt)) : _options.PerChatInterval));
        }
        if (result.Ok) Interlocked.Increment(ref _sent);
        else if (result.RetryAfter is { } wait)
        {
            Interlocked.Increment(ref _rateLimited);
            TelegramLog.RateLimited(_logger, chatId, wait.TotalSeconds);
        }
        else if (result.IsTransient && attempt < TransportAttempts) TelegramLog.SendUnreachable(_logger, chatId, result.Description ?? "", attempt, TransportAttempts);
        else
        {
            Interlocked.Increment(ref _failed);
            TelegramLog.SendFailed(_logger, chatId, result.ErrorCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no answer", result.Description ?? "");
        }
    }

    private sealed class ChatQueue
    {
        public Queue<OutgoingMessage> Messages { get; } = new();

        public DateTimeOffset NotBefore { get; set; } = DateTimeOffset.MinValue;

        public int Attempts { get; set; }
    }
}
