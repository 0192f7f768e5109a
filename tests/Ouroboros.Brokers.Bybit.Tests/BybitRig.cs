using Ouroboros.Brokers.Bybit.Broker;
using Ouroboros.Brokers.Bybit.Common;
using Ouroboros.Brokers.Bybit.Http;
using Ouroboros.Core.Inbox;
using Ouroboros.Domain.Primitives;
using Ouroboros.Fakes.Bybit;
using Ouroboros.TestKit;

namespace Ouroboros.Brokers.Bybit.Tests;

/// <summary>
/// The Bybit client and broker on the loopback fake, on a clock that runs ten times faster than the machine's (so
/// rate-limit windows pass without sleeping), with a testnet account of 10,000 USDT and BTCUSDT at 60,000.
/// </summary>
internal sealed class BybitRig : IAsyncDisposable
{
    public const string Key = "test-api-key";
    public const string Secret = "test-secret-DO-NOT-USE";
    public static readonly BybitInstrument Btc = new(new InstrumentId("BYBIT:BTCUSDT"), "BTCUSDT");
    private readonly CancellationTokenSource _ticking = new();
    private readonly Task _ticker;

    private BybitRig(FakeBybitServer server, FakeClock clock)
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

    public FakeBybitServer Server { get; }
    public FakeClock Clock { get; }

    public static async Task<BybitRig> StartAsync()
    {
        var clock = new FakeClock(new DateTimeOffset(2026, 7, 9, 1, 0, 0, TimeSpan.Zero));
        var server = await FakeBybitServer.StartAsync(clock);
        server.AddAccount(Key, Secret, 10_000m);
        server.DefineInstrument(new FakeBybitInstrument("BTCUSDT"));
        server.SetPrice("BTCUSDT", 60_000m);
        return new BybitRig(server, clock);
    }

    public BybitClient NewClient(string key = Key, string secret = Secret, BybitClientSettings? settings = null) =>
        new(new BybitOptions { Environment = BybitEnvironment.Testnet, ApiKey = key, ApiSecret = secret, RestBaseUrl = Server.BaseUrl },
            new HttpClient { Timeout = TimeSpan.FromSeconds(30) }, Clock, settings: settings);

    /// <summary>A new process's broker: a new client and adapter over the same fake account.</summary>
    public BybitBroker NewBroker() => new(NewClient(), [Btc], Clock);

    public static List<ExecutionReport> Drain(BybitBroker broker)
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
