using Microsoft.Extensions.Logging.Abstractions;
using Ouroboros.Brokers.Kis.WebSocket;
using Ouroboros.Core.Ports;
using Ouroboros.Fakes.Kis.WebSocket;

namespace Ouroboros.Brokers.Kis.Tests.WebSocket;

/// <summary>
/// A fake KIS WebSocket server and a session pointed at it, on real loopback sockets. Waits are bounded (generous, for a
/// loaded machine) and never measured: a test fails when something does not arrive, not when it is slow.
/// </summary>
internal sealed class KisStreamHarness : IAsyncDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly List<KisStreamEvent> seen = [];
    private int approvalFetches;

    private KisStreamHarness(FakeKisWebSocketServer fake) => Fake = fake;

    public FakeKisWebSocketServer Fake { get; }

    public KisWebSocketSession Session { get; private set; } = null!;

    /// <summary>Every event read so far, the awaited ones included.</summary>
    public IReadOnlyList<KisStreamEvent> Seen => seen;

    public int ApprovalFetches => Volatile.Read(ref approvalFetches);

    /// <summary>
    /// Starts the fake with approval keys <c>approval-1</c>… registered for <paramref name="appKey"/> (from
    /// <paramref name="firstValidKey"/> on), and a session whose n-th fetch yields <c>approval-n</c>.
    /// </summary>
    public static async Task<KisStreamHarness> StartAsync(
        FakeKisWebSocketOptions? fakeOptions = null, TimeProvider? clock = null, Func<KisWebSocketSessionOptions, KisWebSocketSessionOptions>? tune = null,
        int firstValidKey = 1, string appKey = "app-key-1")
    {
        var fake = await FakeKisWebSocketServer.StartAsync(fakeOptions ?? new FakeKisWebSocketOptions { PingInterval = null });
        for (var i = firstValidKey; i <= 5; i++) fake.AddApprovalKey($"approval-{i}", appKey);
        var harness = new KisStreamHarness(fake);
        harness.Session = harness.NewSession(clock, tune);
        return harness;
    }

    /// <summary>Another session on the same fake, fetching <paramref name="fixedKey"/> or the next <c>approval-n</c>.</summary>
    public KisWebSocketSession NewSession(TimeProvider? clock = null, Func<KisWebSocketSessionOptions, KisWebSocketSessionOptions>? tune = null, string? fixedKey = null)
    {
        var options = new KisWebSocketSessionOptions
        {
            Url = Fake.Url,
            InitialReconnectDelay = TimeSpan.FromMilliseconds(50),
            MaxReconnectDelay = TimeSpan.FromMilliseconds(400),
        };
        return new KisWebSocketSession(tune?.Invoke(options) ?? options, ApprovalKeyAsync, clock ?? TimeProvider.System, NullLogger.Instance);

        Task<BrokerResult<string>> ApprovalKeyAsync(CancellationToken _) =>
            Task.FromResult(BrokerResult<string>.Ok(fixedKey ?? $"approval-{Interlocked.Increment(ref approvalFetches)}"));
    }

    public async Task<KisStreamHarness> ConnectedAsync()
    {
        (await Session.StartAsync()).Value.ShouldBe(KisConnectionState.Connected);
        await NextAsync<KisConnectionChanged>(c => c.State == KisConnectionState.Connected);
        return this;
    }

    /// <summary>Reads events until one of type <typeparamref name="T"/> that matches arrives; fails after <see cref="Patience"/>.</summary>
    public async Task<T> NextAsync<T>(Func<T, bool>? match = null) where T : KisStreamEvent
    {
        using var timeout = new CancellationTokenSource(Patience);
        try
        {
            while (true)
            {
                var e = await Session.Events.ReadAsync(timeout.Token);
                seen.Add(e);
                if (e is T typed && (match is null || match(typed))) return typed;
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"no {typeof(T).Name} arrived within {Patience}; seen: {string.Join("; ", seen)}");
        }
    }

    /// <summary>Waits until <paramref name="condition"/> holds, checking every 20 ms; fails after <see cref="Patience"/>.</summary>
    public static async Task EventuallyAsync(Func<bool> condition, string what)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (!condition())
        {
            if (timeout.IsCancellationRequested) throw new TimeoutException($"{what} did not happen within {Patience}");
            await Task.Delay(20, CancellationToken.None);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Session.DisposeAsync();
        await Fake.DisposeAsync();
    }
}
