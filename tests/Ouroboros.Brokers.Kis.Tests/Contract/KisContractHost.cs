using Ouroboros.Brokers.Kis.Common;
using Ouroboros.Brokers.Kis.Http;
using Ouroboros.Brokers.Kis.Tests.FakeServer;
using Ouroboros.Brokers.Kis.Tests.Http;
using Ouroboros.Fakes.Kis;
using Ouroboros.TestKit;

namespace Ouroboros.Brokers.Kis.Tests.Contract;

/// <summary>
/// The real <see cref="KisClient"/> against the real <see cref="FakeKisServer"/> over loopback HTTP: two independent
/// readings of kis-openapi.md, so a disagreement fails here. Both share one FakeClock; <see cref="DriveAsync{T}"/> moves
/// it to each timer the client waits on (its rate-limit slots, back-offs), so the fake's limiter sees the client's pacing.
/// </summary>
internal sealed class KisContractHost : IAsyncDisposable
{
    private readonly List<KisClient> clients = [];

    private KisContractHost(FakeKisServer server, FakeClock clock, KisClientSettings settings)
    {
        Server = server;
        Clock = clock;
        Settings = settings;
        Http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        Client = NewClient();
    }

    public FakeKisServer Server { get; }

    public FakeClock Clock { get; }

    public KisClientSettings Settings { get; }

    public HttpClient Http { get; }

    /// <summary>The token store clients of this host share, as the journal is shared across restarts.</summary>
    public InMemoryTokenStore Store { get; } = new();

    public KisClient Client { get; }

    public bool IsVts => Server.Host == FakeKisHost.Vts;

    public string Cano => IsVts ? KisFakeHarness.VtsCano : KisFakeHarness.RealCano;

    /// <summary>KST today on the shared clock (the KRX order date).</summary>
    public DateOnly KstToday => DateOnly.FromDateTime(Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(9)).DateTime);

    /// <summary>A fake of <paramref name="host"/> with an account of each host (cash in every currency), the clock at <paramref name="now"/>.</summary>
    public static async Task<KisContractHost> StartAsync(FakeKisHost host, DateTimeOffset? now = null, IEnumerable<FakeKisHolding>? holdings = null,
        KisClientSettings? settings = null)
    {
        var clock = new FakeClock(now ?? KisFakeHarness.KrxMorning);
        var server = await FakeKisServer.StartAsync(host, clock);
        var cash = new Dictionary<string, decimal>
        {
            ["KRW"] = 100_000_000m, ["USD"] = 100_000m, ["JPY"] = 10_000_000m, ["HKD"] = 1_000_000m, ["CNY"] = 1_000_000m, ["VND"] = 10_000_000_000m,
        };
        var held = holdings?.ToList();
        server.AddAccount(FakeKisHost.Real, KisFakeHarness.RealKey, KisFakeHarness.RealSecret, KisFakeHarness.RealCano, "01", cash, host == FakeKisHost.Real ? held : null);
        server.AddAccount(FakeKisHost.Vts, KisFakeHarness.VtsKey, KisFakeHarness.VtsSecret, KisFakeHarness.VtsCano, "01", cash, host == FakeKisHost.Vts ? held : null);
        server.DefineSymbol("005930", "삼성전자");
        server.SetPrice("005930", 71_900m);
        server.DefineSymbol("AAPL", "Apple", "NAS");
        server.SetBasePrice("AAPL", 150m);
        server.SetPrice("AAPL", 151.25m);
        // A long timeout by default: DriveAsync moves the clock to pending timers and must never fire a request's deadline.
        return new KisContractHost(server, clock, settings ?? new KisClientSettings { RequestTimeout = TimeSpan.FromHours(1) });
    }

    /// <summary>Another client of this host's key (a restart, or a second process), sharing <see cref="Store"/> unless given one.</summary>
    public KisClient NewClient(InMemoryTokenStore? store = null, KisEnvironment? environment = null, string? appKey = null, string? appSecret = null)
    {
        var vts = (environment ?? (IsVts ? KisEnvironment.Vts : KisEnvironment.Real)) == KisEnvironment.Vts;
        var options = new KisOptions
        {
            Environment = vts ? KisEnvironment.Vts : KisEnvironment.Real,
            AppKey = appKey ?? (vts ? KisFakeHarness.VtsKey : KisFakeHarness.RealKey),
            AppSecret = appSecret ?? (vts ? KisFakeHarness.VtsSecret : KisFakeHarness.RealSecret),
            AccountNumber = vts ? KisFakeHarness.VtsCano : KisFakeHarness.RealCano,
            RestBaseUrl = Server.BaseUrl,
        };
        var client = new KisClient(options, Http, Clock, store ?? Store, settings: Settings);
        clients.Add(client);
        return client;
    }

    /// <summary>Runs <paramref name="call"/>, moving the clock to each timer due within <paramref name="limit"/> until it ends (bounded).</summary>
    public async Task<T> DriveAsync<T>(Func<Task<T>> call, TimeSpan? limit = null)
    {
        var task = Task.Run(call);
        var end = Clock.GetUtcNow() + (limit ?? TimeSpan.FromMinutes(5));
        var started = System.Diagnostics.Stopwatch.StartNew();
        while (!task.IsCompleted && started.Elapsed < TimeSpan.FromSeconds(30))
        {
            if (Clock.NextTimerDue is { } due && due <= end) Clock.SetUtcNow(due > Clock.GetUtcNow() ? due : Clock.GetUtcNow());
            else await Task.Delay(1);
        }
        if (!task.IsCompleted)
        {
            throw new TimeoutException($"the call did not end in 30 s: clock {Clock.GetUtcNow():O}, next timer {Clock.NextTimerDue:O}, {Clock.PendingTimers} pending; "
                + $"the fake saw {string.Join(", ", Server.Requests.Select(r => r.Path + "@" + r.ReceivedAt.ToString("HH:mm:ss.fff", System.Globalization.CultureInfo.InvariantCulture)))}");
        }
        return await task;
    }

    /// <summary>The requests the fake saw whose path contains <paramref name="fragment"/>.</summary>
    public int RequestsTo(string fragment) => Server.Requests.Count(r => r.Path.Contains(fragment, StringComparison.Ordinal));

    public async ValueTask DisposeAsync()
    {
        foreach (var client in clients) client.Dispose();
        Http.Dispose();
        await Server.DisposeAsync();
    }
}
