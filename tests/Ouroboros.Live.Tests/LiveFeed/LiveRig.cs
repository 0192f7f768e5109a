using Ouroboros.Brokers.Simulated;
using Ouroboros.Core.Agent;
using Ouroboros.Core.Faults;
using Ouroboros.Core.Notifications;
using Ouroboros.Core.Sizing;
using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Instruments;
using Ouroboros.Domain.Venues;
using Ouroboros.Live.Agent;
using Ouroboros.Live.Feeds;
using Ouroboros.Risk.Engine;
using Ouroboros.Strategies;
using Ouroboros.TestKit;
using Ouroboros.TestKit.Brokers;
using Ouroboros.TestKit.Feeds;
using Ouroboros.TestKit.Storage;

namespace Ouroboros.Live.Tests.LiveFeed;

/// <summary>
/// An agent session on a live feed the test drives by hand: two instruments of a generic venue, 1-minute bars from
/// trades, an SMA cross, the paper broker, an in-memory journal that outlives each run (the store outlives the
/// process), all on one fake clock. Each run is a new process: a new runtime, strategy and feed, resuming from the journal.
/// </summary>
internal sealed class LiveRig
{
    public static readonly DateTimeOffset T0 = new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(2);

    /// <summary>How long (real time) a test waits for the agent before it counts as hung.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);
    public static readonly Instrument A = GenericVenue.Instrument("A");
    public static readonly Instrument B = GenericVenue.Instrument("B");
    private static readonly BarInterval Minute = BarInterval.OneMinute;

    public FakeClock Clock { get; } = new(T0);
    public InMemorySessionJournal Journal { get; } = new("live");
    public List<Notification> Told { get; } = [];
    public FakeMarketDataFeed Feed { get; private set; } = null!;

    /// <summary>History the strategies warm up on (never traded); empty by default.</summary>
    public IReadOnlyList<Bar[]> History { get; init; } = [[], []];

    public TimeSpan StaleAfter { get; init; } = TimeSpan.FromMinutes(30);

    public int? TradingDays { get; init; }

    /// <summary>Trade through this broker outside the process instead of the paper broker; null by default.</summary>
    public ScriptedExchange? Exchange { get; set; }

    /// <summary>Each minute waits until the broker's fills are journaled (off where a fill is meant to stay unheard).</summary>
    public bool AwaitReports { get; set; } = true;

    /// <summary>Rescans (and so partial bars) at 30 s past each minute; off by default.</summary>
    public bool Rescans { get; init; }

    /// <summary>Starts a run (a new process) in the background; its feed is <see cref="Feed"/> from now on.</summary>
    public async Task<Task<AgentRunOutcome>> StartAsync(ICrashPoints? crash = null, Func<FakeMarketDataFeed, FakeMarketDataFeed>? feed = null, CancellationToken stop = default)
    {
        var checkpoint = await Journal.LastCheckpointAsync(CancellationToken.None);
        var inputs = await Journal.InputsAsync(CancellationToken.None);
        Feed = feed?.Invoke(new FakeMarketDataFeed(Clock)) ?? new FakeMarketDataFeed(Clock);
        var series = new[] { new BarSeries(A, Minute, History[0]), new BarSeries(B, Minute, History[1]) };
        var strategy = BuiltInStrategies.Create("sma-cross", new Dictionary<string, string> { ["fast"] = "2", ["slow"] = "4" }).Strategy;
        var spec = new AgentRunSpec(series, strategy, [GenericVenue.Model(0.001m), GenericVenue.Model(0.001m)], FillPolicy.NextOpen,
            SizingPolicy.Parse("percent:40"), RiskEngine.None, 100_000m, Journal, "L1")
        {
            ResumeAfterSlices = checkpoint?.SlicesDone ?? 0,
            JournaledInputs = inputs,
            WallClock = Clock,
            CrashPoints = crash ?? NoCrashPoints.Instance,
            Notify = n =>
            {
                lock (Told) Told.Add(n);
            },
            PollInterval = TimeSpan.FromSeconds(1),
            TradingDays = TradingDays,
            Cycle = Rescans ? new RescanEveryHalfMinute() : null,
            Broker = Exchange is { } exchange ? new AgentBroker("scripted", exchange, exchange, exchange.Connect()) : null,
            Live = new AgentLiveFeed(Feed, new LiveBarPipelineOptions(Minute) { LateGrace = Grace },
                [StalenessRule.For(Minute, StaleAfter, null), StalenessRule.For(Minute, StaleAfter, null)]),
        };
        var run = Task.Run(() => new AgentRuntime().RunAsync(spec, stop), CancellationToken.None);
        if (feed is null) await Eventually(() => Feed.Subscribed.Count == 2 || run.IsCompleted, "the agent subscribes");
        return run;
    }

    /// <summary>Minute <paramref name="minute"/>'s trades, then the clock past its end and grace; returns when the agent has checkpointed it (or died).</summary>
    public async Task MinuteAsync(int minute, Task run, bool tradeB = true)
    {
        var slicesBefore = (await Journal.LastCheckpointAsync(CancellationToken.None))?.SlicesDone ?? 0;
        Clock.SetUtcNow(T0 + TimeSpan.FromMinutes(minute) + TimeSpan.FromSeconds(10));
        Exchange?.SetLast(A.Id, PriceA(minute));
        if (tradeB) Exchange?.SetLast(B.Id, PriceB(minute));
        Feed.Trade(A.Id, PriceA(minute), 10);
        if (tradeB) Feed.Trade(B.Id, PriceB(minute), 10);
        await Eventually(() => Feed.Unread == 0 || run.IsCompleted, "the agent reads the feed");
        if (Rescans)
        {
            var partialsBefore = await PartialInputsAsync();
            Clock.SetUtcNow(T0 + TimeSpan.FromMinutes(minute) + TimeSpan.FromSeconds(30));
            await Eventually(async () => run.IsCompleted || await PartialInputsAsync() > partialsBefore, $"the agent rescans minute {minute}");
        }
        Clock.SetUtcNow(T0 + TimeSpan.FromMinutes(minute + 1) + Grace);
        await Eventually(async () => run.IsCompleted || ((await Journal.LastCheckpointAsync(CancellationToken.None))?.SlicesDone ?? 0) > slicesBefore,
            $"the agent checkpoints minute {minute}");
        // A broker outside the process reports from its own thread: the minute is done once its fills are journaled, so
        // that they take the same place in the stream in every run.
        if (Exchange is { } exchange && AwaitReports)
            await Eventually(async () => run.IsCompleted
                || (await Journal.InputsAsync(CancellationToken.None)).Count(i => i.Kind == "execution") >= exchange.Received.Count,
                $"the agent journals the broker's reports of minute {minute}");
    }

    private async Task<int> PartialInputsAsync() =>
        (await Journal.InputsAsync(CancellationToken.None)).Count(i => i.Kind == "partial-bars");

    /// <summary>A zigzag wide enough to make the SMA cross trade both ways; B runs the other way.</summary>
    public static decimal PriceA(int minute) => 100m + ((minute / 5) % 2 == 0 ? minute % 5 : 5 - (minute % 5)) * 3m;

    public static decimal PriceB(int minute) => 200m - ((minute / 7) % 2 == 0 ? minute % 7 : 7 - (minute % 7)) * 2m;

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
}
