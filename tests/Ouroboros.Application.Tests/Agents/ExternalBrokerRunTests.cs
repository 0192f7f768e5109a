using System.Globalization;
using Ouroboros.Application.Agents;
using Ouroboros.Application.Backtests;
using Ouroboros.Core.Agent;
using Ouroboros.Core.Feeds;
using Ouroboros.Core.Sizing;
using Ouroboros.Domain.Instruments;
using Ouroboros.Domain.Primitives;
using Ouroboros.Domain.Venues;
using Ouroboros.Live.Agent;
using Ouroboros.TestKit;
using Ouroboros.TestKit.Brokers;
using Ouroboros.TestKit.Feeds;

namespace Ouroboros.Application.Tests.Agents;

/// <summary>`run` with a broker outside the process: the files warm the strategy up, the broker's feed is traded on, the session's cash is the broker's.</summary>
public sealed class ExternalBrokerRunTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task A_session_on_a_connected_broker_trades_its_live_feed_from_the_accounts_cash_and_a_build_without_it_refuses_the_broker()
    {
        var clock = new FakeClock(T0);
        using var app = new TestApplication(clock: clock);
        var file = app.Temp.File("A.csv");
        File.WriteAllLines(file, ["timestamp,open,high,low,close,volume",
            .. Enumerable.Range(1, 6).Reverse().Select(m => string.Create(CultureInfo.InvariantCulture, $"{(T0 - TimeSpan.FromMinutes(m)):yyyy-MM-ddTHH:mm:ssZ},100,100,100,100,10"))]);
        var exchange = new ScriptedExchange(clock, 50_000m);
        var feed = new FakeMarketDataFeed(clock);
        var request = new RunAgentRequest
        {
            Broker = "kis-vts",
            Run = new BacktestRequest
            {
                Strategy = "sma-cross", Data = [file], Sizing = SizingPolicy.Parse("percent:40"), NoRisk = true,
                Parameters = new Dictionary<string, string> { ["fast"] = "2", ["slow"] = "4" },
            },
        };
        var refused = await Should.ThrowAsync<Core.Errors.InvalidInputException>(new RunAgent(app.Preparation(false), app, clock).PrepareAsync(request));
        refused.Message.ShouldContain("not part of this build");

        var (launch, summary) = await TradeZigzagAsync(app, clock, request, exchange, feed, T0);

        summary.StopReason.ShouldBe("the market data feed closed");
        exchange.Received.Count.ShouldBeGreaterThan(1, "the zigzag makes the SMA cross trade through the broker");
        summary.Fills.ShouldBe(exchange.Received.Count);
        summary.InitialCash.ShouldBe(50_000m, "the broker account's cash, not the files' default");
        var session = (await (await app.AgentsAsync(CancellationToken.None)).LatestSessionAsync(launch.Banner.Account, CancellationToken.None))!;
        session.SettingsJson.ShouldContain("\"initial_cash\":50000");
        var last = (await launch.Journal.LastCheckpointAsync(CancellationToken.None))!;
        last.Cash.ShouldBe((await exchange.QueryAccountAsync(CancellationToken.None)).Value!.Cash);
    }

    [Fact]
    public async Task A_session_on_a_market_calendar_trades_its_live_feed_through_the_rescans_of_its_day()
    {
        // 10:00 KST: the KRX calendar's day runs its jobs (rescans among them) while prints keep coming in; a rescan
        // is stamped when its partial bars were taken, never before a print they hold.
        var t0 = new DateTimeOffset(2026, 7, 9, 1, 0, 0, TimeSpan.Zero);
        var clock = new FakeClock(t0);
        using var app = new TestApplication(clock: clock);
        var file = app.Temp.File("069500.csv");
        File.WriteAllLines(file, ["timestamp,open,high,low,close,volume",
            .. Enumerable.Range(1, 6).Reverse().Select(m => string.Create(CultureInfo.InvariantCulture, $"{(t0 - TimeSpan.FromMinutes(m)):yyyy-MM-ddTHH:mm:ssZ},100,100,100,100,10"))]);
        var exchange = new ScriptedExchange(clock, 50_000m);
        var feed = new FakeMarketDataFeed(clock);
        var request = new RunAgentRequest
        {
            Broker = "kis-vts",
            Run = new BacktestRequest
            {
                Strategy = "sma-cross", Data = [file], Sizing = SizingPolicy.Parse("percent:40"), NoRisk = true, Venue = Venue.Krx,
                Parameters = new Dictionary<string, string> { ["fast"] = "2", ["slow"] = "4" },
            },
        };

        var (_, summary) = await TradeZigzagAsync(app, clock, request, exchange, feed, t0);

        summary.StopReason.ShouldBe("the market data feed closed");
        exchange.Received.Count.ShouldBeGreaterThan(1);
        summary.Fills.ShouldBe(exchange.Received.Count);
    }

    /// <summary>Thirty minutes of a zigzag on the feed and at the exchange, each minute checkpointed, then the feed closes.</summary>
    private static async Task<(AgentLaunch Launch, AgentSummary Summary)> TradeZigzagAsync(TestApplication app, FakeClock clock, RunAgentRequest request,
        ScriptedExchange exchange, FakeMarketDataFeed feed, DateTimeOffset t0)
    {
        var launch = await new RunAgent(app.Preparation(false), app, clock, brokers: new OneBroker(exchange, feed)).PrepareAsync(request);
        var run = Task.Run(() => launch.RunAsync());
        await Eventually(() => feed.Subscribed.Count == 1 || run.IsCompleted, "the agent subscribes");
        var id = feed.Subscribed[0];
        for (var m = 0; m < 30 && !run.IsCompleted; m++)
        {
            var price = 100m + ((m / 5) % 2 == 0 ? m % 5 : 5 - (m % 5)) * 3m;
            clock.SetUtcNow(t0 + TimeSpan.FromMinutes(m) + TimeSpan.FromSeconds(10));
            exchange.SetLast(id, price);
            feed.Trade(id, price, 10);
            await Eventually(() => feed.Unread == 0 || run.IsCompleted, "the agent reads the feed");
            var before = (await launch.Journal.LastCheckpointAsync(CancellationToken.None))?.SlicesDone ?? 0;
            clock.SetUtcNow(t0 + TimeSpan.FromMinutes(m + 1) + TimeSpan.FromSeconds(3));
            await Eventually(async () => run.IsCompleted || ((await launch.Journal.LastCheckpointAsync(CancellationToken.None))?.SlicesDone ?? 0) > before,
                $"the agent checkpoints minute {m}");
        }
        feed.Complete();
        var summary = await run.WaitAsync(Patience);

        return (launch, summary);
    }

    private static async Task Eventually(Func<Task<bool>> condition, string what)
    {
        var until = DateTime.UtcNow + Patience;
        while (!await condition())
        {
            if (DateTime.UtcNow > until) throw new TimeoutException($"timed out waiting until {what}");
            await Task.Delay(2);
        }
    }

    private static Task Eventually(Func<bool> condition, string what) => Eventually(() => Task.FromResult(condition()), what);

    private sealed class OneBroker(ScriptedExchange exchange, FakeMarketDataFeed feed) : IAgentBrokers, IAsyncDisposable
    {
        public IReadOnlyList<string> Names => ["kis-vts"];

        public IReadOnlyList<string> Problems(string broker) => [];

        public Task<AgentConnection> ConnectAsync(string broker, IReadOnlyList<Instrument> instruments, IReadOnlyList<VenueModel> venueModels, TimeProvider clock,
            CancellationToken cancellationToken) =>
            Task.FromResult(new AgentConnection(new AgentBroker(broker, exchange, exchange, exchange.Connect()), feed, this));

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
