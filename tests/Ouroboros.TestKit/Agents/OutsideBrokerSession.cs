using Ouroboros.Brokers.Simulated;
using Ouroboros.Core.Agent;
using Ouroboros.Core.Faults;
using Ouroboros.Core.Sizing;
using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Instruments;
using Ouroboros.Domain.Venues;
using Ouroboros.Live.Agent;
using Ouroboros.Live.Feeds;
using Ouroboros.Risk.Engine;
using Ouroboros.Strategies;
using Ouroboros.TestKit.Feeds;
using Ouroboros.TestKit.Storage;

namespace Ouroboros.TestKit.Agents;

/// <summary>
/// An agent session on a broker outside the process (a loopback fake of KIS, Bybit, ...), minute by minute on the
/// test's clock, with an SMA cross (2/4) on a zigzag of live prices from the test's feed. Each run is a new process over
/// the same session journal: the broker adapter is made anew by the caller, the journal and the exchange stay.
/// </summary>
public sealed class OutsideBrokerSession(FakeClock clock, Instrument instrument, decimal cash, string orderIdPrefix, decimal printSize)
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    public FakeClock Clock { get; } = clock;

    public InMemorySessionJournal Journal { get; } = new(orderIdPrefix.ToLowerInvariant());

    public FakeMarketDataFeed Feed { get; private set; } = null!;

    /// <summary>Starts a run (a new process) on <paramref name="broker"/> in the background, once it has subscribed.</summary>
    public async Task<Task<AgentRunOutcome>> StartRunAsync(AgentBroker broker, ICrashPoints? crash = null)
    {
        ArgumentNullException.ThrowIfNull(broker);
        Feed = new FakeMarketDataFeed(Clock);
        var checkpoint = await Journal.LastCheckpointAsync(CancellationToken.None);
        var strategy = BuiltInStrategies.Create("sma-cross", new Dictionary<string, string> { ["fast"] = "2", ["slow"] = "4" }).Strategy;
        var minute = BarInterval.OneMinute;
        var spec = new AgentRunSpec([new BarSeries(instrument, minute, [])], strategy, [GenericVenue.Model(0m)], FillPolicy.NextOpen,
            SizingPolicy.Parse("percent:40"), RiskEngine.None, cash, Journal, orderIdPrefix)
        {
            ResumeAfterSlices = checkpoint?.SlicesDone ?? 0,
            JournaledInputs = await Journal.InputsAsync(CancellationToken.None),
            WallClock = Clock,
            CrashPoints = crash ?? NoCrashPoints.Instance,
            PollInterval = TimeSpan.FromSeconds(1),
            Broker = broker,
            Live = new AgentLiveFeed(Feed, new LiveBarPipelineOptions(minute) { LateGrace = TimeSpan.FromSeconds(2) },
                [StalenessRule.For(minute, TimeSpan.FromMinutes(30), null)]),
        };
        var run = Task.Run(() => new AgentRuntime().RunAsync(spec, CancellationToken.None));
        await Eventually(() => Feed.Subscribed.Count == 1 || run.IsCompleted, "the agent subscribes");
        return run;
    }

    /// <summary>
    /// Minute <paramref name="minute"/> from <paramref name="t0"/>: the price prints at the exchange
    /// (<paramref name="printAtExchange"/>) and on the feed, the clock moves past the minute, the agent checkpoints it,
    /// and the clock moves on for the broker's look-up of the orders the minute made.
    /// </summary>
    public async Task MinuteAsync(DateTimeOffset t0, int minute, decimal price, Action<decimal> printAtExchange, Task run)
    {
        ArgumentNullException.ThrowIfNull(printAtExchange);
        var before = (await Journal.LastCheckpointAsync(CancellationToken.None))?.SlicesDone ?? 0;
        Clock.SetUtcNow(t0 + TimeSpan.FromMinutes(minute) + TimeSpan.FromSeconds(10));
        printAtExchange(price);
        Feed.Trade(instrument.Id, price, printSize);
        await Eventually(() => Feed.Unread == 0 || run.IsCompleted, "the agent reads the feed");
        Clock.SetUtcNow(t0 + TimeSpan.FromMinutes(minute + 1) + TimeSpan.FromSeconds(3));
        await Eventually(async () => run.IsCompleted || ((await Journal.LastCheckpointAsync(CancellationToken.None))?.SlicesDone ?? 0) > before,
            $"the agent checkpoints minute {minute}");
        Clock.SetUtcNow(t0 + TimeSpan.FromMinutes(minute + 1) + TimeSpan.FromSeconds(30));
        await Task.Delay(50);
    }

    /// <summary>
    /// Ends the session once every fill the exchange made (<paramref name="exchangeFilled"/>) was heard: journaled as
    /// an input, which is durable before the kernel hears it. The clock moves on meanwhile, so the broker looks again.
    /// </summary>
    public async Task<AgentRunOutcome> FinishAsync(Task<AgentRunOutcome> run, Func<decimal> exchangeFilled)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(exchangeFilled);
        var until = DateTime.UtcNow + Patience;
        while (!run.IsCompleted && await JournaledFills.QuantityAsync(Journal) != exchangeFilled())
        {
            if (DateTime.UtcNow > until)
                throw new TimeoutException($"timed out waiting until every fill is heard ({await JournaledFills.QuantityAsync(Journal)} of {exchangeFilled()})");
            Clock.Advance(TimeSpan.FromSeconds(5));
            await Task.Delay(20);
        }
        Feed.Complete();
        return await run.WaitAsync(Patience);
    }

    public static Task Eventually(Func<bool> condition, string what) => Eventually(() => Task.FromResult(condition()), what);

    public static async Task Eventually(Func<Task<bool>> condition, string what)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var until = DateTime.UtcNow + Patience;
        while (!await condition())
        {
            if (DateTime.UtcNow > until) throw new TimeoutException($"timed out waiting until {what}");
            await Task.Delay(2);
        }
    }
}
