using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Ouroboros.Fakes.Bybit;

/// <summary>
/// A loopback Kestrel server playing Bybit's v5 REST API for linear contracts as external-apis.md §1.7 describes:
/// signatures checked over the raw query or body (10003 / 10002 / 10004), the retCode envelope, per-endpoint limits
/// with the <c>X-Bapi-Limit*</c> headers and 10006, instruments, klines, funding, a matching engine for market and
/// limit orders (orders kept by orderLinkId, 110072 on a duplicate), positions with TP/SL that fire on the price path,
/// executions, and fault injection. Time comes from the given <see cref="TimeProvider"/> (tests pass a FakeClock).
/// </summary>
public sealed class FakeBybitServer : IAsyncDisposable
{
    private readonly FakeBybitExchange _exchange;
    private readonly FakeBybitFaultQueue _faults = new();
    private readonly CancellationTokenSource _lifetime = new();
    private readonly FakeBybitPipeline _pipeline;
    private WebApplication? _app;

    private FakeBybitServer(TimeProvider clock)
    {
        _exchange = new FakeBybitExchange(clock);
        _pipeline = new FakeBybitPipeline(_exchange, _faults, _lifetime.Token);
    }

    /// <summary>e.g. <c>http://127.0.0.1:50123</c>, no trailing slash.</summary>
    public string BaseUrl { get; private set; } = "";

    public IReadOnlyList<FakeBybitRecordedRequest> Requests => _pipeline.Requests;

    public int PendingFaults => _faults.Pending;

    /// <summary>Requests the endpoint limits refused with 10006 (injected faults not counted).</summary>
    public int RateLimitRejections => Read(() => _exchange.Limiter.Refused);

    /// <summary>How far the server's clock runs ahead of the shared clock (negative: behind), to make a client's clock drift.</summary>
    public TimeSpan ClockSkew { get => Read(() => _exchange.Skew); set => Write(() => _exchange.Skew = value); }

    /// <summary>
    /// The clock timestamps are checked against (and the server time is told on), when it is not the fake's: a test that
    /// jumps the fake's clock while the client signs on the machine's keeps the two apart, as a real client's clock and
    /// Bybit's both run in real time. Null: the fake's clock.
    /// </summary>
    public TimeProvider? SigningClock { get => Read(() => _exchange.SigningClock); set => Write(() => _exchange.SigningClock = value); }

    public static async Task<FakeBybitServer> StartAsync(TimeProvider? clock = null, CancellationToken cancellationToken = default)
    {
        var server = new FakeBybitServer(clock ?? TimeProvider.System);
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.Run(server._pipeline.HandleAsync);
        await app.StartAsync(cancellationToken);
        server.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        server._app = app;
        return server;
    }

    /// <summary>A unified account with <paramref name="usdt"/> in its wallet; the key is known only to this server (10003 elsewhere).</summary>
    public void AddAccount(string apiKey, string secret, decimal usdt) => Write(() => _exchange.Accounts.Add(new FakeBybitAccount(apiKey, secret, usdt)));

    public void DefineInstrument(FakeBybitInstrument instrument) => Write(() => _exchange.Instruments[instrument.Symbol] = instrument);

    /// <summary>The last price: resting limits it reaches fill, TP/SL it reaches close their positions.</summary>
    public void SetPrice(string symbol, decimal price) => Write(() => _exchange.SetPrice(symbol, price));

    /// <summary>Candles for one interval (Bybit's text: 1, 15, 60, 240, D…).</summary>
    public void AddKlines(string symbol, string interval, IEnumerable<FakeBybitKline> klines) => Write(() =>
    {
        if (!_exchange.Klines.TryGetValue((symbol, interval), out var list)) _exchange.Klines[(symbol, interval)] = list = [];
        list.AddRange(klines);
    });

    public void AddFundingRates(string symbol, IEnumerable<(DateTimeOffset Time, decimal Rate)> rates) => Write(() =>
    {
        if (!_exchange.Funding.TryGetValue(symbol, out var list)) _exchange.Funding[symbol] = list = [];
        list.AddRange(rates);
    });

    /// <summary>Overrides one endpoint's per-second limit (e.g. 2 on <c>/v5/order/create</c>).</summary>
    public void SetRateLimit(string path, int perSecond) => Write(() => _exchange.Limiter.Overrides[path] = perSecond);

    /// <summary>One per-second limit for every endpoint not overridden: a test whose clock stands still between steps needs a high one.</summary>
    public void SetRateLimitEverywhere(int perSecond) => Write(() => _exchange.Limiter.Everywhere = perSecond);

    public void Inject(FakeBybitFault fault) => _faults.Add(fault);

    public decimal Wallet(string apiKey) => Read(() => Account(apiKey).Wallet);

    /// <summary>The signed position size (negative: short).</summary>
    public decimal Position(string apiKey, string symbol) => Read(() => Account(apiKey).Positions.GetValueOrDefault(symbol)?.Size ?? 0m);

    public (decimal? TakeProfit, decimal? StopLoss) Protection(string apiKey, string symbol) =>
        Read(() => Account(apiKey).Positions.GetValueOrDefault(symbol) is { } p ? (p.TakeProfit, p.StopLoss) : (null, null));

    public decimal Leverage(string apiKey, string symbol) => Read(() => Account(apiKey).LeverageOf(symbol));

    public IReadOnlyList<FakeBybitOrderState> Orders(string apiKey) => Read(() => (IReadOnlyList<FakeBybitOrderState>)[.. Account(apiKey).Orders.Select(o => o.Snapshot())]);

    public IReadOnlyList<FakeBybitExecution> Executions(string apiKey) => Read(() => (IReadOnlyList<FakeBybitExecution>)[.. Account(apiKey).Executions]);

    public async ValueTask DisposeAsync()
    {
        await _lifetime.CancelAsync();
        if (_app is not null)
        {
            using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _app.StopAsync(stop.Token);
            await _app.DisposeAsync();
        }
        _lifetime.Dispose();
    }

    private FakeBybitAccount Account(string apiKey) => _exchange.Account(apiKey) ?? throw new ArgumentException($"no account with key {apiKey}", nameof(apiKey));

    private T Read<T>(Func<T> read)
    {
        lock (_exchange.Gate) return read();
    }

    private void Write(Action write)
    {
        lock (_exchange.Gate) write();
    }
}
