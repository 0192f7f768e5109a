using Ouroboros.Brokers.Kis.Broker;
using Ouroboros.Brokers.Kis.Common;
using Ouroboros.Brokers.Kis.Http;
using Ouroboros.Core.Inbox;
using Ouroboros.Domain.Primitives;
using Ouroboros.Fakes.Kis;
using Ouroboros.TestKit;
using Ouroboros.TestKit.Storage;

namespace Ouroboros.Brokers.Kis.Tests.Broker;

/// <summary>
/// The KIS broker adapter on the loopback fake's paper host (VTS), on a clock that runs ten times faster than the
/// machine's from 10:00 KST on a trading Thursday (so rate limits and token times pass without sleeping), with
/// 10,000,000 KRW and Samsung Electronics at 71,900.
/// </summary>
internal sealed class KisBrokerRig : IAsyncDisposable
{
    public const string Key = "PSvts0000000000000000000000000000001";
    public const string Cano = "50123456";
    public static readonly string Secret = new('v', 180);
    public static readonly KisInstrument Samsung = new(new InstrumentId("KRX:005930"), KisExchange.Krx, "005930");
    private readonly CancellationTokenSource _ticking = new();
    private readonly Task _ticker;

    private KisBrokerRig(FakeKisServer server, FakeClock clock)
    {
        Server = server;
        Clock = clock;
        _ticker = Task.Run(async () =>
        {
            while (!_ticking.IsCancellationRequested)
            {
                await Task.Delay(5);
                clock.Advance(TimeSpan.FromMilliseconds(50));
            }
        });
    }

    public FakeKisServer Server { get; }
    public FakeClock Clock { get; }
    public InMemoryBrokerTokenStore Tokens { get; } = new();

    public static async Task<KisBrokerRig> StartAsync()
    {
        var clock = new FakeClock(new DateTimeOffset(2026, 7, 9, 1, 0, 0, TimeSpan.Zero));
        var server = await FakeKisServer.StartAsync(FakeKisHost.Vts, clock);
        server.AddAccount(FakeKisHost.Vts, Key, Secret, Cano, "01", new Dictionary<string, decimal> { ["KRW"] = 10_000_000m });
        server.DefineSymbol("005930", "삼성전자");
        server.SetPrice("005930", 71_900m);
        return new KisBrokerRig(server, clock);
    }

    /// <summary>A new process's broker: a new client and adapter over the same fake account and token store.</summary>
    public KisBroker NewBroker(KisBrokerOptions? brokerOptions = null)
    {
        var options = new KisOptions
        {
            Environment = KisEnvironment.Vts, AppKey = Key, AppSecret = Secret, AccountNumber = Cano, RestBaseUrl = Server.BaseUrl,
        };
        var client = new KisClient(options, new HttpClient { Timeout = TimeSpan.FromSeconds(20) }, Clock, Tokens);
        return new KisBroker(client, [Samsung], Clock, brokerOptions);
    }

    public static List<ExecutionReport> Drain(KisBroker broker)
    {
        var reports = new List<ExecutionReport>();
        while (broker.Reports.TryRead(out var report)) reports.Add(report);
        return reports;
    }

    public async ValueTask DisposeAsync()
    {
        await _ticking.CancelAsync();
        await _ticker;
        await Server.DisposeAsync();
        _ticking.Dispose();
    }
}
