using Ouroboros.Brokers.Kis.Broker;
using Ouroboros.Brokers.Kis.Common;
using Ouroboros.Brokers.Kis.Http;
using Ouroboros.Core.Agent;
using Ouroboros.Core.Faults;
using Ouroboros.Domain.Instruments;
using Ouroboros.Domain.Venues;
using Ouroboros.Fakes.Kis;
using Ouroboros.Live.Agent;
using Ouroboros.TestKit;
using Ouroboros.TestKit.Agents;
using Ouroboros.TestKit.Storage;

namespace Ouroboros.Brokers.Kis.Tests.Agent;

/// <summary>
/// An agent session trading Samsung Electronics through the KIS adapter on the loopback fake's real host, minute by
/// minute from 10:00 KST, with an SMA cross on live prices (the feed is the test's; the broker, its orders, fills and
/// account are KIS's). Each run is a new process: a new client and broker over the same fake account, token store and
/// session journal. The client paces its requests on the machine's clock (the agent, the broker's look-ups and the
/// fake run on the test's), so that jumping the test's clock a minute at a time never starves the rate limiter.
/// </summary>
internal sealed class KisAgentRig : IAsyncDisposable
{
    public const string Key = "PSreal000000000000000000000000000001";
    public const string Cano = "12345678";
    public static readonly string Secret = new('r', 180);
    public static readonly DateTimeOffset T0 = new(2026, 7, 9, 1, 0, 0, TimeSpan.Zero);
    public static readonly TimeSpan Patience = OutsideBrokerSession.Patience;
    public static readonly Instrument Samsung = KrxVenue.Stock("005930", "Samsung Electronics");

    private KisAgentRig(FakeKisServer server, FakeClock clock)
    {
        Server = server;
        Session = new OutsideBrokerSession(clock, Samsung, 10_000_000m, "K1", 10);
    }

    public FakeKisServer Server { get; }
    public FakeClock Clock => Session.Clock;
    public OutsideBrokerSession Session { get; }
    public InMemorySessionJournal Journal => Session.Journal;
    public InMemoryBrokerTokenStore Tokens { get; } = new();
    public KisBroker? Broker { get; private set; }

    public static async Task<KisAgentRig> StartAsync()
    {
        var clock = new FakeClock(T0);
        var server = await FakeKisServer.StartAsync(FakeKisHost.Real, clock);
        server.RealRequestsPerSecond = 1_000;
        server.AddAccount(FakeKisHost.Real, Key, Secret, Cano, "01", new Dictionary<string, decimal> { ["KRW"] = 10_000_000m });
        server.DefineSymbol("005930", "삼성전자");
        server.SetPrice("005930", Price(0));
        return new KisAgentRig(server, clock);
    }

    /// <summary>A zigzag of the 100-won grid wide enough to make the SMA cross trade both ways.</summary>
    public static decimal Price(int minute) => 70_000m + ((minute / 5) % 2 == 0 ? minute % 5 : 5 - (minute % 5)) * 300m;

    /// <summary>Starts a run (a new process: a new client and broker) in the background.</summary>
    public async Task<Task<AgentRunOutcome>> StartRunAsync(ICrashPoints? crash = null)
    {
        if (Broker is { } old) await old.DisposeAsync();
        var client = new KisClient(new KisOptions
        {
            Environment = KisEnvironment.Real, AppKey = Key, AppSecret = Secret, AccountNumber = Cano, RestBaseUrl = Server.BaseUrl,
        }, new HttpClient { Timeout = TimeSpan.FromSeconds(20) }, TimeProvider.System, Tokens);
        var broker = Broker = new KisBroker(client, [new KisInstrument(Samsung.Id, KisExchange.Krx, "005930")], Clock,
            new KisBrokerOptions { FillPollInterval = TimeSpan.FromSeconds(20) });
        broker.Start();
        return await Session.StartRunAsync(new AgentBroker("kis", broker, broker, broker.Reports), crash);
    }

    /// <summary>Minute <paramref name="minute"/>: the price prints at KIS and on the feed; the agent checkpoints it.</summary>
    public Task MinuteAsync(int minute, Task run) => Session.MinuteAsync(T0, minute, Price(minute), p => Server.SetPrice("005930", p), run);

    /// <summary>Ends the session once every fill KIS made was heard; returns the kernel's end state.</summary>
    public Task<AgentRunOutcome> FinishAsync(Task<AgentRunOutcome> run) => Session.FinishAsync(run, () => Server.Executions.Sum(e => e.Quantity));

    public async ValueTask DisposeAsync()
    {
        if (Broker is { } broker) await broker.DisposeAsync();
        await Server.DisposeAsync();
    }
}
