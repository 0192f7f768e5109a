using Ouroboros.Brokers.Bybit.Broker;
using Ouroboros.Brokers.Bybit.Common;
using Ouroboros.Brokers.Bybit.Http;
using Ouroboros.Brokers.Simulated;
using Ouroboros.Core.Agent;
using Ouroboros.Core.Faults;
using Ouroboros.Core.Sizing;
using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Instruments;
using Ouroboros.Domain.Primitives;
using Ouroboros.Domain.Venues;
using Ouroboros.Fakes.Bybit;
using Ouroboros.Live.Agent;
using Ouroboros.Live.Feeds;
using Ouroboros.Risk.Engine;
using Ouroboros.Strategies;
using Ouroboros.TestKit;
using Ouroboros.TestKit.Feeds;
using Ouroboros.TestKit.Storage;

namespace Ouroboros.Brokers.Bybit.Tests.Agent;

/// <summary>
/// An agent session trading BTCUSDT perpetuals through the Bybit adapter on the loopback fake, minute by minute, with
/// an SMA cross on live prices (the feed is the test's; the broker, its orders, fills and account are the fake's). Each
/// run is a new process: a new client and broker over the same fake account and session journal. The client keeps
/// time on the machine's clock (its deadlines must not expire when the test jumps its clock a minute); it learns the
/// fake's clock as it would Bybit's, and each jump draws one 10002 that resyncs it.
/// </summary>
internal sealed class BybitAgentRig : IAsyncDisposable
{
    public const string Key = "agent-api-key";
    public const string Secret = "agent-secret-DO-NOT-USE";
    public static readonly DateTimeOffset T0 = new(2026, 7, 9, 1, 0, 0, TimeSpan.Zero);
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);
    public static readonly Instrument Btc = BybitVenue.Spot("BTCUSDT", 0.1m, 0.001m, 0.001m);

    private BybitAgentRig(FakeBybitServer server, FakeClock clock)
    {
        Server = server;
        Clock = clock;
    }

    public FakeBybitServer Server { get; }
    public FakeClock Clock { get; }
    public InMemorySessionJournal Journal { get; } = new("bybit");
    public FakeMarketDataFeed Feed { get; private set; } = null!;
    public BybitBroker? Broker { get; private set; }

    public static async Task<BybitAgentRig> StartAsync()
    {
        var clock = new FakeClock(T0);
        var server = await FakeBybitServer.StartAsync(clock);
        // The client signs on the machine's clock: checked against the test's jumping clock, every jump would cost a
        // 10002 and a resync, and two jumps during one request would refuse an order the reference run placed.
        server.SigningClock = TimeProvider.System;
        // The test's clock stands still between its steps, so every request of a step falls in one rate-limit window.
        server.SetRateLimitEverywhere(100_000);
        server.AddAccount(Key, Secret, 10_000m);
        server.DefineInstrument(new FakeBybitInstrument("BTCUSDT"));
        server.SetPrice("BTCUSDT", Price(0));
        return new BybitAgentRig(server, clock);
    }

    /// <summary>A zigzag wide enough to make the SMA cross trade both ways.</summary>
    public static decimal Price(int minute) => 60_000m + ((minute / 5) % 2 == 0 ? minute % 5 : 5 - (minute % 5)) * 250m;

    /// <summary>Starts a run (a new process) in the background.</summary>
    public async Task<Task<AgentRunOutcome>> StartRunAsync(ICrashPoints? crash = null)
    {
        if (Broker is { } old) await old.DisposeAsync();
        var client = new BybitClient(new BybitOptions { Environment = BybitEnvironment.Testnet, ApiKey = Key, ApiSecret = Secret, RestBaseUrl = Server.BaseUrl },
            new HttpClient { Timeout = TimeSpan.FromSeconds(20) }, TimeProvider.System);
        var broker = Broker = new BybitBroker(client, [new BybitInstrument(Btc.Id, "BTCUSDT")], Clock,
            new BybitBrokerOptions { FillPollInterval = TimeSpan.FromSeconds(20) });
        broker.Start();
        Feed = new FakeMarketDataFeed(Clock);
        var checkpoint = await Journal.LastCheckpointAsync(CancellationToken.None);
        var strategy = BuiltInStrategies.Create("sma-cross", new Dictionary<string, string> { ["fast"] = "2", ["slow"] = "4" }).Strategy;
        var minute = BarInterval.OneMinute;
        var spec = new AgentRunSpec([new BarSeries(Btc, minute, [])], strategy, [GenericVenue.Model(0m)], FillPolicy.NextOpen,
            SizingPolicy.Parse("percent:40"), RiskEngine.None, 10_000m, Journal, "B1")
        {
            ResumeAfterSlices = checkpoint?.SlicesDone ?? 0,
            JournaledInputs = await Journal.InputsAsync(CancellationToken.None),
            WallClock = Clock,
            CrashPoints = crash ?? NoCrashPoints.Instance,
            PollInterval = TimeSpan.FromSeconds(1),
            Broker = new AgentBroker("bybit", broker, broker, broker.Reports),
            Live = new AgentLiveFeed(Feed, new LiveBarPipelineOptions(minute) { LateGrace = TimeSpan.FromSeconds(2) },
                [StalenessRule.For(minute, TimeSpan.FromMinutes(30), null)]),
        };
        var run = Task.Run(() => new AgentRuntime().RunAsync(spec, CancellationToken.None));
        await Eventually(() => Feed.Subscribed.Count == 1 || run.IsCompleted, "the agent subscribes");
        return run;
    }

    /// <summary>Minute <paramref name="minute"/>: the price prints at Bybit and on the feed, the clock moves past the minute, the agent checkpoints it.</summary>
    public async Task MinuteAsync(int minute, Task run)
    {
        var before = (await Journal.LastCheckpointAsync(CancellationToken.None))?.SlicesDone ?? 0;
        Clock.SetUtcNow(T0 + TimeSpan.FromMinutes(minute) + TimeSpan.FromSeconds(10));
        Server.SetPrice("BTCUSDT", Price(minute));
        Feed.Trade(Btc.Id, Price(minute), 1);
        await Eventually(() => Feed.Unread == 0 || run.IsCompleted, "the agent reads the feed");
        Clock.SetUtcNow(T0 + TimeSpan.FromMinutes(minute + 1) + TimeSpan.FromSeconds(3));
        await Eventually(async () => run.IsCompleted || ((await Journal.LastCheckpointAsync(CancellationToken.None))?.SlicesDone ?? 0) > before,
            $"the agent checkpoints minute {minute}");
        // The broker's look-up of the orders this minute made, and the agent's journaling of what it heard.
        Clock.SetUtcNow(T0 + TimeSpan.FromMinutes(minute + 1) + TimeSpan.FromSeconds(30));
        await Task.Delay(50);
    }

    /// <summary>
    /// Ends the session once every fill Bybit made was heard: journaled as an input, which is durable before the kernel
    /// hears it (the fills table follows at the kernel's next flush). The clock moves on meanwhile, as it would, so that
    /// the broker looks its orders up again. Returns the kernel's end state.
    /// </summary>
    public async Task<AgentRunOutcome> FinishAsync(Task<AgentRunOutcome> run)
    {
        var until = DateTime.UtcNow + Patience;
        while (!run.IsCompleted && await HeardAsync() != Server.Executions(Key).Sum(e => e.Quantity))
        {
            if (DateTime.UtcNow > until)
                throw new TimeoutException($"timed out waiting until every fill is heard ({await HeardAsync()} of {Server.Executions(Key).Sum(e => e.Quantity)})");
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
