using Ouroboros.Brokers.Bybit.Broker;
using Ouroboros.Brokers.Bybit.Common;
using Ouroboros.Brokers.Bybit.Http;
using Ouroboros.Core.Agent;
using Ouroboros.Core.Faults;
using Ouroboros.Domain.Instruments;
using Ouroboros.Domain.Venues;
using Ouroboros.Fakes.Bybit;
using Ouroboros.Live.Agent;
using Ouroboros.TestKit;
using Ouroboros.TestKit.Agents;
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
    public static readonly TimeSpan Patience = OutsideBrokerSession.Patience;
    public static readonly Instrument Btc = BybitVenue.Spot("BTCUSDT", 0.1m, 0.001m, 0.001m);

    private BybitAgentRig(FakeBybitServer server, FakeClock clock)
    {
        Server = server;
        Session = new OutsideBrokerSession(clock, Btc, 10_000m, "B1", 1);
    }

    public FakeBybitServer Server { get; }
    public FakeClock Clock => Session.Clock;
    public OutsideBrokerSession Session { get; }
    public InMemorySessionJournal Journal => Session.Journal;
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

    /// <summary>Starts a run (a new process: a new client and broker) in the background.</summary>
    public async Task<Task<AgentRunOutcome>> StartRunAsync(ICrashPoints? crash = null)
    {
        if (Broker is { } old) await old.DisposeAsync();
        var client = new BybitClient(new BybitOptions { Environment = BybitEnvironment.Testnet, ApiKey = Key, ApiSecret = Secret, RestBaseUrl = Server.BaseUrl },
            new HttpClient { Timeout = TimeSpan.FromSeconds(20) }, TimeProvider.System);
        var broker = Broker = new BybitBroker(client, [new BybitInstrument(Btc.Id, "BTCUSDT")], Clock,
            new BybitBrokerOptions { FillPollInterval = TimeSpan.FromSeconds(20) });
        broker.Start();
        return await Session.StartRunAsync(new AgentBroker("bybit", broker, broker, broker.Reports), crash);
    }

    /// <summary>Minute <paramref name="minute"/>: the price prints at Bybit and on the feed; the agent checkpoints it.</summary>
    public Task MinuteAsync(int minute, Task run) => Session.MinuteAsync(T0, minute, Price(minute), p => Server.SetPrice("BTCUSDT", p), run);

    /// <summary>Ends the session once every fill Bybit made was heard; returns the kernel's end state.</summary>
    public Task<AgentRunOutcome> FinishAsync(Task<AgentRunOutcome> run) => Session.FinishAsync(run, () => Server.Executions(Key).Sum(e => e.Quantity));

    public async ValueTask DisposeAsync()
    {
        if (Broker is { } broker) await broker.DisposeAsync();
        await Server.DisposeAsync();
    }
}
