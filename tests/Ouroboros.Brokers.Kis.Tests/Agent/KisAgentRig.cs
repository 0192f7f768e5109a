using Ouroboros.Brokers.Kis.Broker;
using Ouroboros.Brokers.Kis.Common;
using Ouroboros.Brokers.Kis.Http;
using Ouroboros.Brokers.Simulated;
using Ouroboros.Core.Agent;
using Ouroboros.Core.Faults;
using Ouroboros.Core.Sizing;
using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Instruments;
using Ouroboros.Domain.Primitives;
using Ouroboros.Domain.Venues;
using Ouroboros.Fakes.Kis;
using Ouroboros.Live.Agent;
using Ouroboros.Live.Feeds;
using Ouroboros.Risk.Engine;
using Ouroboros.Strategies;
using Ouroboros.TestKit;
using Ouroboros.TestKit.Feeds;
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
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);
    public static readonly Instrument Samsung = KrxVenue.Stock("005930", "Samsung Electronics");

    private KisAgentRig(FakeKisServer server, FakeClock clock)
    {
        Server = server;
        Clock = clock;
    }

    public FakeKisServer Server { get; }
    public FakeClock Clock { get; }
    public InMemorySessionJournal Journal { get; } = new("kis");
    public InMemoryBrokerTokenStore Tokens { get; } = new();
    public FakeMarketDataFeed Feed { get; private set; } = null!;
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

    /// <summary>Starts a run (a new process) in the background.</summary>
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
        Feed = new FakeMarketDataFeed(Clock);
        var checkpoint = await Journal.LastCheckpointAsync(CancellationToken.None);
        var strategy = BuiltInStrategies.Create("sma-cross", new Dictionary<string, string> { ["fast"] = "2", ["slow"] = "4" }).Strategy;
        var minute = BarInterval.OneMinute;
        var spec = new AgentRunSpec([new BarSeries(Samsung, minute, [])], strategy, [GenericVenue.Model(0m)], FillPolicy.NextOpen,
            SizingPolicy.Parse("percent:40"), RiskEngine.None, 10_000_000m, Journal, "K1")
        {
            ResumeAfterSlices = checkpoint?.SlicesDone ?? 0,
            JournaledInputs = await Journal.InputsAsync(CancellationToken.None),
            WallClock = Clock,
            CrashPoints = crash ?? NoCrashPoints.Instance,
            PollInterval = TimeSpan.FromSeconds(1),
            Broker = new AgentBroker("kis", broker, broker, broker.Reports),
            Live = new AgentLiveFeed(Feed, new LiveBarPipelineOptions(minute) { LateGrace = TimeSpan.FromSeconds(2) },
                [StalenessRule.For(minute, TimeSpan.FromMinutes(30), null)]),
        };
        var run = Task.Run(() => new AgentRuntime().RunAsync(spec, CancellationToken.None));
        await Eventually(() => Feed.Subscribed.Count == 1 || run.IsCompleted, "the agent subscribes");
        return run;
    }

    /// <summary>Minute <paramref name="minute"/>: the price prints at KIS and on the feed, the clock moves past the minute, the agent checkpoints it.</summary>
    public async Task MinuteAsync(int minute, Task run)
    {
        var before = (await Journal.LastCheckpointAsync(CancellationToken.None))?.SlicesDone ?? 0;
        Clock.SetUtcNow(T0 + TimeSpan.FromMinutes(minute) + TimeSpan.FromSeconds(10));
        Server.SetPrice("005930", Price(minute));
        Feed.Trade(Samsung.Id, Price(minute), 10);
        await Eventually(() => Feed.Unread == 0 || run.IsCompleted, "the agent reads the feed");
        Clock.SetUtcNow(T0 + TimeSpan.FromMinutes(minute + 1) + TimeSpan.FromSeconds(3));
        await Eventually(async () => run.IsCompleted || ((await Journal.LastCheckpointAsync(CancellationToken.None))?.SlicesDone ?? 0) > before,
            $"the agent checkpoints minute {minute}");
        // The broker's look-up of the orders this minute made, and the agent's journaling of what it heard.
        Clock.SetUtcNow(T0 + TimeSpan.FromMinutes(minute + 1) + TimeSpan.FromSeconds(30));
        await Task.Delay(50);
    }

    /// <summary>
    /// Ends the session once every fill KIS made was heard: journaled as an input, which is durable before the kernel
    /// hears it (the fills table follows at the kernel's next flush). The clock moves on meanwhile, as it would, so that
    /// the broker looks its orders up again. Returns the kernel's end state.
    /// </summary>
    public async Task<AgentRunOutcome> FinishAsync(Task<AgentRunOutcome> run)
    {
        var until = DateTime.UtcNow + Patience;
        while (!run.IsCompleted && await HeardAsync() != Server.Executions.Sum(e => e.Quantity))
        {
            if (DateTime.UtcNow > until)
                throw new TimeoutException($"timed out waiting until every fill is heard ({await HeardAsync()} of {Server.Executions.Sum(e => e.Quantity)})");
            Clock.Advance(TimeSpan.FromSeconds(5));
            await Task.Delay(20);
        }
        Feed.Complete();
        return await run.WaitAsync(Patience);
    }

    private async Task<decimal> HeardAsync() =>
        (await Journal.InputsAsync(CancellationToken.None)).Where(i => i.Kind == "execution")
            .Select(i => System.Text.Json.JsonDocument.Parse(i.Payload).RootElement)
            .Where(p => p.GetProperty("Type").GetString() == "fill")
            .Sum(p => p.GetProperty("Fill").GetProperty("Quantity").GetDecimal());

    public static Task Eventually(Func<bool> condition, string what) => Eventually(() => Task.FromResult(condition()), what);

    public static async Task Eventually(Func<Task<bool>> condition, string what)
    {
        var until = DateTime.UtcNow + Patience;
        while (!await condition())
        {
            if (DateTime.UtcNow > until) throw new TimeoutException($"timed out waiting until {what}");
            await Task.Delay(2);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Broker is { } broker) await broker.DisposeAsync();
        await Server.DisposeAsync();
    }
}
