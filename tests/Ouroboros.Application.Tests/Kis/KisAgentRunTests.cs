using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using Ouroboros.Application.Agents;
using Ouroboros.Application.Backtests;
using Ouroboros.Application.Kis;
using Ouroboros.Brokers.Kis;
using Ouroboros.Brokers.Kis.Broker;
using Ouroboros.Brokers.Kis.Common;
using Ouroboros.Core.Sizing;
using Ouroboros.Domain.Venues;
using Ouroboros.Fakes.Kis;
using Ouroboros.TestKit;
using Ouroboros.TestKit.Agents;
using Ouroboros.TestKit.Storage;

namespace Ouroboros.Application.Tests.Kis;

/// <summary>
/// `run --broker kis` end to end on the loopback KIS (REST and WebSocket): the agent connects with the configured key,
/// maps its instruments, takes the account's cash, trades the KIS feed's prints minute by minute, and hears its fills
/// from the execution notices. The KIS client paces on the machine's clock; the agent, the broker and the fake run on the test's.
/// </summary>
public sealed class KisAgentRunTests
{
    private const string Key = "PSreal000000000000000000000000000001";
    private const string Cano = "12345678";
    private static readonly string Secret = new('r', 180);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task An_agent_on_KIS_trades_a_KRX_ETF_from_the_accounts_cash_and_journals_every_fill_KIS_made()
    {
        var t0 = new DateTimeOffset(2026, 7, 9, 1, 0, 0, TimeSpan.Zero); // 10:00 KST, a Thursday
        await using var rig = await Rig.StartAsync(t0, "069500", "KODEX 200", "KRX", Venue.Krx, new() { ["KRW"] = 5_000_000m }, basePrice: 35_000m, step: 100m);

        var summary = await rig.TradeAsync(minutes: 30);

        rig.Fake.Rest.Executions.Count.ShouldBeGreaterThan(1, "the zigzag makes the SMA cross buy and sell through KIS");
        summary.InitialCash.ShouldBe(5_000_000m, "the account's cash at KIS, not the files' default");
        (await rig.JournaledFillQuantityAsync()).ShouldBe(rig.Fake.Rest.Executions.Sum(e => e.Quantity), "every fill KIS made is journaled once");
        rig.Fake.NoticesSent.ShouldBeGreaterThan(0, "the account's execution notices reached the agent's session");
        rig.Fake.WebSocket.Received.ShouldContain(m => m.Contains("H0STCNI0", StringComparison.Ordinal), "execution notices are subscribed under the HTS id");
    }

    [Fact]
    public async Task An_agent_on_KIS_finds_a_US_tickers_exchange_and_trades_it_in_dollars()
    {
        var t0 = new DateTimeOffset(2026, 7, 9, 14, 0, 0, TimeSpan.Zero); // 10:00 in New York
        await using var rig = await Rig.StartAsync(t0, "KO", "Coca-Cola", "NYSE", Venue.Us, new() { ["USD"] = 20_000m }, basePrice: 60m, step: 0.5m);

        var summary = await rig.TradeAsync(minutes: 30);

        rig.Fake.Rest.Executions.Count.ShouldBeGreaterThan(1);
        rig.Fake.Rest.Requests.ShouldContain(r => r.Path.EndsWith("/trading/order", StringComparison.Ordinal) && r.Body.Contains("\"OVRS_EXCG_CD\":\"NYSE\"", StringComparison.Ordinal),
            "KO is listed on NYSE, so its orders name NYSE");
        summary.InitialCash.ShouldBe(20_000m);
        (await rig.JournaledFillQuantityAsync()).ShouldBe(rig.Fake.Rest.Executions.Sum(e => e.Quantity));
    }

    [Fact]
    public async Task An_agent_on_KIS_told_to_stop_before_its_first_print_ends_its_session_as_stopped()
    {
        var t0 = new DateTimeOffset(2026, 7, 9, 1, 0, 0, TimeSpan.Zero);
        await using var rig = await Rig.StartAsync(t0, "069500", "KODEX 200", "KRX", Venue.Krx, new() { ["KRW"] = 5_000_000m }, basePrice: 35_000m, step: 100m);

        var summary = await rig.TradeAsync(minutes: 0);

        summary.Status.ShouldBe("stopped");
        summary.InitialCash.ShouldBe(5_000_000m);
        // The server sees the close a moment after the client sent it.
        for (var i = 0; i < 500 && rig.Fake.WebSocket.OpenSessions > 0; i++) await Task.Delay(20);
        rig.Fake.WebSocket.OpenSessions.ShouldBe(0, "the KIS session is closed with the agent");
    }

    [Fact]
    public async Task Missing_KIS_settings_and_an_instrument_without_a_KIS_market_are_refused_before_anything_is_traded()
    {
        using var app = new TestApplication();
        var brokers = new KisAgentBrokers(KisConnectionSettings.None, new KisClientFactory(new HttpClient(), TimeProvider.System, new InMemoryBrokerTokenStore(), NullLoggerFactory.Instance),
            NullLoggerFactory.Instance);
        var missing = await Should.ThrowAsync<Core.Errors.InvalidInputException>(brokers.ConnectAsync("kis-vts", [KrxVenue.Stock("005930")], [GenericVenue.Model(0m)],
            TimeProvider.System, CancellationToken.None));
        missing.Message.ShouldContain("app key is missing");
        missing.Message.ShouldContain("app secret is missing");
        missing.Message.ShouldContain("account number is missing");

        await using var fake = await FakeKis.StartAsync(FakeKisHost.Vts);
        var settings = new KisConnectionSettings("PSvts", "secret", Cano + "-01", null, KisEnvironment.Vts, KisEnvironment.Vts, fake.Rest.BaseUrl, fake.WebSocket.Url);
        var generic = GenericVenue.Instrument("ABC", Domain.Primitives.Currency.KRW);
        var refused = await Should.ThrowAsync<Core.Errors.InvalidInputException>(new KisAgentBrokers(settings,
                new KisClientFactory(new HttpClient(), TimeProvider.System, new InMemoryBrokerTokenStore(), NullLoggerFactory.Instance), NullLoggerFactory.Instance)
            .ConnectAsync("kis-vts", [generic], [GenericVenue.Model(0m)], TimeProvider.System, CancellationToken.None));
        refused.Message.ShouldContain("ABC has no KIS market");
        refused.Template.ShouldContain("«venue» krx");
        fake.Rest.Requests.ShouldNotContain(r => r.Path.Contains("/trading/order", StringComparison.Ordinal));
    }

    private sealed class Rig : IAsyncDisposable
    {
        private readonly string _symbol;
        private readonly decimal _base;
        private readonly decimal _step;
        private readonly DateTimeOffset _t0;

        private Rig(TestApplication app, FakeKis fake, FakeClock clock, AgentLaunch launch, ObservedBrokers brokers, string symbol, decimal basePrice, decimal step, DateTimeOffset t0)
        {
            App = app;
            Fake = fake;
            Clock = clock;
            Launch = launch;
            Brokers = brokers;
            _symbol = symbol;
            _base = basePrice;
            _step = step;
            _t0 = t0;
        }

        public TestApplication App { get; }
        public FakeKis Fake { get; }
        public FakeClock Clock { get; }
        public AgentLaunch Launch { get; }
        public ObservedBrokers Brokers { get; }

        public static async Task<Rig> StartAsync(DateTimeOffset t0, string symbol, string name, string market, Venue venue, Dictionary<string, decimal> cash,
            decimal basePrice, decimal step)
        {
            var clock = new FakeClock(t0);
            var app = new TestApplication(clock: clock);
            var fake = await FakeKis.StartAsync(FakeKisHost.Real, clock);
            fake.Rest.RealRequestsPerSecond = 1_000;
            fake.Rest.AddAccount(FakeKisHost.Real, Key, Secret, Cano, "01", cash);
            fake.SetHtsId(Cano + "-01", "htsuser");
            fake.Rest.DefineSymbol(symbol, name, market);
            fake.Rest.SetPrice(symbol, basePrice);
            var file = app.Temp.File(symbol + ".csv");
            File.WriteAllLines(file, ["timestamp,open,high,low,close,volume",
                .. Enumerable.Range(1, 6).Reverse().Select(m => string.Create(CultureInfo.InvariantCulture,
                    $"{t0 - TimeSpan.FromMinutes(m):yyyy-MM-ddTHH:mm:ssZ},{basePrice},{basePrice},{basePrice},{basePrice},10"))]);
            var settings = new KisConnectionSettings(Key, Secret, Cano + "-01", null, KisEnvironment.Real, KisEnvironment.Real, fake.Rest.BaseUrl, fake.WebSocket.Url,
                htsId: "htsuser");
            var clients = new KisClientFactory(new HttpClient { Timeout = TimeSpan.FromSeconds(20) }, TimeProvider.System, new InMemoryBrokerTokenStore(), NullLoggerFactory.Instance);
            var brokers = new KisAgentBrokers(settings, clients, NullLoggerFactory.Instance, new KisBrokerOptions { FillPollInterval = TimeSpan.FromSeconds(20) });
            var request = new RunAgentRequest
            {
                Broker = "kis", Mode = "live",
                Run = new BacktestRequest
                {
                    Strategy = "sma-cross", Data = [file], Sizing = SizingPolicy.Parse("percent:40"), NoRisk = true, Venue = venue,
                    Parameters = new Dictionary<string, string> { ["fast"] = "2", ["slow"] = "4" },
                },
            };
            var observed = new ObservedBrokers(brokers);
            var launch = await new RunAgent(app.Preparation(false), app, clock, brokers: observed).PrepareAsync(request);
            return new Rig(app, fake, clock, launch, observed, symbol, basePrice, step, t0);
        }

        /// <summary>Prints a zigzag on KIS a minute at a time, then ends the session once every fill KIS made is journaled.</summary>
        public async Task<AgentSummary> TradeAsync(int minutes)
        {
            using var stop = new CancellationTokenSource();
            var run = Task.Run(() => Launch.RunAsync(cancellationToken: stop.Token));
            await Eventually(() => Task.FromResult(Brokers.Feed?.Subscribed == true), "the agent subscribes to the KIS feed", run);
            Fake.WebSocket.ActiveSubscriptions.ShouldContain(s => s.TrKey.EndsWith(_symbol, StringComparison.Ordinal));
            for (var m = 0; m < minutes && !run.IsCompleted; m++)
            {
                var price = _base + ((m / 5) % 2 == 0 ? m % 5 : 5 - (m % 5)) * _step;
                Clock.SetUtcNow(_t0 + TimeSpan.FromMinutes(m) + TimeSpan.FromSeconds(10));
                var trades = Brokers.Feed!.Trades;
                (await Fake.TradeAsync(_symbol, price, 10)).ShouldBe(1, "the agent's session gets the print");
                await Eventually(() => Task.FromResult(Brokers.Feed.Trades > trades && Brokers.Feed.Unread == 0), $"the agent reads minute {m}'s print (the feed said: {Brokers.Feed.Seen})", run);
                var before = (await Launch.Journal.LastCheckpointAsync(CancellationToken.None))?.SlicesDone ?? 0;
                Clock.SetUtcNow(_t0 + TimeSpan.FromMinutes(m + 1) + TimeSpan.FromSeconds(3));
                await Eventually(async () => ((await Launch.Journal.LastCheckpointAsync(CancellationToken.None))?.SlicesDone ?? 0) > before,
                    $"the agent checkpoints minute {m}", run);
            }
            var until = DateTime.UtcNow + Patience;
            while (minutes > 0 && !run.IsCompleted && await JournaledFillQuantityAsync() != Fake.Rest.Executions.Sum(e => e.Quantity))
            {
                if (DateTime.UtcNow > until) throw new TimeoutException("timed out waiting until every KIS fill is journaled");
                Clock.Advance(TimeSpan.FromSeconds(5));
                await Task.Delay(20);
            }
            run.IsCompleted.ShouldBeFalse("the session runs until it is stopped");
            await stop.CancelAsync();
            return await run.WaitAsync(Patience);
        }

        public Task<decimal> JournaledFillQuantityAsync() => JournaledFills.QuantityAsync(Launch.Journal);

        private static async Task Eventually(Func<Task<bool>> condition, string what, Task run)
        {
            var until = DateTime.UtcNow + Patience;
            while (!await condition())
            {
                if (run.IsFaulted) await run;
                if (run.IsCompleted) throw new InvalidOperationException($"the agent stopped before {what}");
                if (DateTime.UtcNow > until) throw new TimeoutException($"timed out waiting until {what}");
                await Task.Delay(2);
            }
        }

        public async ValueTask DisposeAsync()
        {
            await Fake.DisposeAsync();
            App.Dispose();
        }
    }
}
