using Microsoft.Extensions.Logging.Abstractions;
using Ouroboros.Brokers.Kis.Common;
using Ouroboros.Brokers.Kis.Feed;
using Ouroboros.Brokers.Kis.Http;
using Ouroboros.Brokers.Kis.WebSocket;
using Ouroboros.Core.Feeds;
using Ouroboros.Domain.Primitives;
using Ouroboros.Fakes.Kis;
using Ouroboros.TestKit;
using Ouroboros.TestKit.Storage;

namespace Ouroboros.Brokers.Kis.Tests.Feed;

/// <summary>
/// The combined fake (REST + WebSocket on loopback), a client and a feed on one FakeClock. While a test waits for an
/// event the harness moves the clock in small steps so that the feed's timers (polling, reconnect backoff, the
/// limiter) run; every timeout that would race real sockets is set to an hour of fake time. Waits are bounded in real
/// time (generous, for a loaded machine) and never measured.
/// </summary>
internal sealed class KisFeedHarness : IAsyncDisposable
{
    public const string AppKey = "PSreal000000000000000000000000000001";
    public const string Cano = "12345678";
    public static readonly string AppSecret = new('r', 180);
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(40);
    public static readonly TimeSpan Step = TimeSpan.FromMilliseconds(50);

    /// <summary>Thursday 2026-07-09 10:00:00 KST.</summary>
    public static readonly DateTimeOffset KrxMorning = new(2026, 7, 9, 1, 0, 0, TimeSpan.Zero);

    public static readonly InstrumentId Samsung = new("KRX:005930");
    public static readonly InstrumentId Apple = new("US:AAPL");

    private readonly List<FeedEvent> seen = [];
    private readonly HttpClient http;

    private KisFeedHarness(FakeKis fake, FakeClock clock)
    {
        Fake = fake;
        Clock = clock;
        http = new HttpClient { Timeout = TimeSpan.FromMinutes(2) };
        Options = new KisOptions
        {
            Environment = KisEnvironment.Real,
            AppKey = AppKey,
            AppSecret = AppSecret,
            AccountNumber = Cano,
            RestBaseUrl = fake.Rest.BaseUrl,
            WebSocketUrl = fake.WebSocket.Url,
        };
        Client = new KisClient(Options, http, clock, new InMemoryBrokerTokenStore(), settings: new KisClientSettings { RequestTimeout = TimeSpan.FromHours(1) });
    }

    public FakeKis Fake { get; }

    public FakeClock Clock { get; }

    public KisOptions Options { get; }

    public KisClient Client { get; }

    public KisMarketDataFeed Feed { get; private set; } = null!;

    public KisWebSocketSession? Session { get; private set; }

    /// <summary>Every feed event read so far.</summary>
    public IReadOnlyList<FeedEvent> Seen => seen;

    /// <summary>The time cut to the second, as KIS stamps real-time records.</summary>
    public static DateTimeOffset WholeSecond(DateTimeOffset time) => new(time.Ticks - (time.Ticks % TimeSpan.TicksPerSecond), time.Offset);

    public static Dictionary<InstrumentId, KisFeedInstrument> DefaultMap() => new()
    {
        [Samsung] = new KisFeedInstrument(KisExchange.Krx, "005930"),
        [Apple] = new KisFeedInstrument(KisExchange.Nasdaq, "AAPL"),
    };

    public static KisWebSocketSessionOptions SessionOptions(string url) => new()
    {
        Url = url,
        InitialReconnectDelay = TimeSpan.FromMilliseconds(50),
        MaxReconnectDelay = TimeSpan.FromMilliseconds(400),
        ConnectTimeout = TimeSpan.FromHours(1),
        AcknowledgementTimeout = TimeSpan.FromHours(1),
    };

    /// <summary>
    /// Starts the fakes with 005930 (KRX, 71,900) and AAPL (NASDAQ, 212.34) and a feed over <paramref name="map"/>. With
    /// <paramref name="ownSession"/> the test's own session is passed in (and exposed), otherwise the feed makes one.
    /// </summary>
    public static async Task<KisFeedHarness> StartAsync(IReadOnlyDictionary<InstrumentId, KisFeedInstrument>? map = null, KisFeedOptions? options = null,
        bool ownSession = false, Action<KisStreamEvent>? otherEvents = null, DateTimeOffset? now = null)
    {
        var clock = new FakeClock(now ?? KrxMorning);
        var fake = await FakeKis.StartAsync(FakeKisHost.Real, clock);
        fake.Rest.AddAccount(FakeKisHost.Real, AppKey, AppSecret, Cano, "01", new Dictionary<string, decimal> { ["KRW"] = 100_000_000m, ["USD"] = 100_000m });
        fake.Rest.DefineSymbol("005930", "Samsung Electronics");
        fake.Rest.DefineSymbol("AAPL", "Apple", "NAS");
        fake.Rest.SetPrice("005930", 71_900m);
        fake.Rest.SetPrice("AAPL", 212.34m);
        var h = new KisFeedHarness(fake, clock);
        var sessionOptions = SessionOptions(fake.WebSocket.Url);
        if (ownSession)
        {
            h.Session = new KisWebSocketSession(sessionOptions, h.Client.Auth.GetApprovalKeyAsync, clock, NullLogger.Instance);
            h.Feed = new KisMarketDataFeed(h.Client, h.Session, map ?? DefaultMap(), clock, NullLogger.Instance, options, otherEvents);
        }
        else
        {
            h.Feed = KisMarketDataFeed.Create(h.Client, map ?? DefaultMap(), clock, NullLogger.Instance, options, sessionOptions, otherEvents);
        }
        return h;
    }

    /// <summary>Subscribes and waits for the feed to say it streams.</summary>
    public async Task StreamingAsync(params InstrumentId[] instruments)
    {
        var result = await DriveAsync(Feed.SubscribeAsync(instruments, Domain.Bars.BarInterval.OneMinute, CancellationToken.None).AsTask());
        result.Error.ShouldBeNull();
        await NextAsync<FeedStatusChanged>(s => s.State == FeedConnectionState.Connected);
    }

    /// <summary>
    /// Reads feed events until one of type <typeparamref name="T"/> that matches arrives, moving the clock by
    /// <see cref="Step"/> whenever none is ready (unless <paramref name="moveClock"/> is false).
    /// </summary>
    public async Task<T> NextAsync<T>(Func<T, bool>? match = null, bool moveClock = true) where T : FeedEvent
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (!timeout.IsCancellationRequested)
        {
            while (Feed.Events.TryRead(out var e))
            {
                seen.Add(e);
                if (e is T typed && (match is null || match(typed))) return typed;
            }
            if (moveClock) Clock.Advance(Step);
            await Task.Delay(5, CancellationToken.None);
        }
        throw new TimeoutException($"no matching {typeof(T).Name} within {Patience}; seen: {string.Join("; ", seen)}");
    }

    /// <summary>Awaits <paramref name="call"/>, moving the clock in steps so that the client's limiter lets it through (bounded in real time).</summary>
    public async Task<T> DriveAsync<T>(Task<T> call)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (!call.IsCompleted)
        {
            if (timeout.IsCancellationRequested) throw new TimeoutException($"a call did not end within {Patience}");
            Clock.Advance(Step);
            await Task.Delay(5, CancellationToken.None);
        }
        return await call;
    }

    /// <summary>Reads every feed event ready now into <see cref="Seen"/>.</summary>
    public int Read()
    {
        var n = 0;
        for (; Feed.Events.TryRead(out var e); n++) seen.Add(e);
        return n;
    }

    /// <summary>Reads events and moves the clock in steps until <paramref name="condition"/> holds (bounded in real time).</summary>
    public async Task DriveUntilAsync(Func<bool> condition, string what)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (Read() is var _ && !condition())
        {
            if (timeout.IsCancellationRequested) throw new TimeoutException($"{what} did not happen within {Patience}; seen: {string.Join("; ", seen)}");
            Clock.Advance(Step);
            await Task.Delay(5, CancellationToken.None);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Feed.DisposeAsync();
        if (Session is not null) await Session.DisposeAsync();
        await Fake.DisposeAsync();
        Client.Dispose();
        http.Dispose();
    }
}
