using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Ouroboros.Fakes.Kis;

/// <summary>
/// A loopback Kestrel server playing one KIS REST host (real or VTS) as kis-openapi.md §9 describes: OAuth, the
/// gateway checks, per-key rate limit, the domestic and overseas endpoints, a small market model and fault injection.
/// Start one per host. Time comes from the given <see cref="TimeProvider"/> (tests pass a FakeClock). See README.md.
/// </summary>
public sealed class FakeKisServer : IAsyncDisposable
{
    private readonly FakeKisState state;
    private readonly FakeKisFaultQueue faults = new();
    private readonly List<FakeKisExecution> executions = [];
    private readonly CancellationTokenSource lifetime = new();
    private readonly FakeKisPipeline pipeline;
    private WebApplication? app;

    private FakeKisServer(FakeKisHost host, TimeProvider clock, int seed)
    {
        state = new FakeKisState(host, clock, seed);
        pipeline = new FakeKisPipeline(state, faults, Raise, lifetime.Token);
    }

    /// <summary>Every fill, raised outside the fake's lock: after the order's answer, or before it with <see cref="FillBeforeAck"/>.</summary>
    public event EventHandler<FakeKisExecution>? Executed;

    /// <summary>e.g. <c>http://127.0.0.1:50123</c>, no trailing slash.</summary>
    public string BaseUrl { get; private set; } = string.Empty;

    public FakeKisHost Host => state.Host;

    public TimeProvider Clock => state.Clock;

    /// <summary>Refuse orders outside the market's session (default on). KRX 09:00–15:30 KST, US 09:30–16:00 New York.</summary>
    public bool EnforceSessionHours { get => Read(() => state.Settings.EnforceSessionHours); set => Write(() => state.Settings.EnforceSessionHours = value); }

    public FakeKisMarketOrderFill MarketOrderFill { get => Read(() => state.Settings.MarketOrderFill); set => Write(() => state.Settings.MarketOrderFill = value); }

    /// <summary>Each chance to fill takes ⌈quantity / n⌉ (default 1: all at once).</summary>
    public int FillInParts { get => Read(() => state.Settings.FillInParts); set => Write(() => state.Settings.FillInParts = Math.Max(1, value)); }

    /// <summary>Raise <see cref="Executed"/> before the order's answer is written.</summary>
    public bool FillBeforeAck { get => Read(() => state.Settings.FillBeforeAck); set => Write(() => state.Settings.FillBeforeAck = value); }

    public int RealRequestsPerSecond { get => Read(() => state.Settings.RealRequestsPerSecond); set => Write(() => state.Settings.RealRequestsPerSecond = value); }

    public int VtsRequestsPerSecond { get => Read(() => state.Settings.VtsRequestsPerSecond); set => Write(() => state.Settings.VtsRequestsPerSecond = value); }

    /// <summary>Refuse /uapi calls without custtype P or B (default on).</summary>
    public bool RequireCustType { get => Read(() => state.Settings.RequireCustType); set => Write(() => state.Settings.RequireCustType = value); }

    /// <summary>The tr_cont markers answered (M/D by default; set F/E to test the other spelling).</summary>
    public FakeKisPaging Paging => state.Paging;

    /// <summary>Requests the rate limiter refused with EGW00201 (injected faults not counted).</summary>
    public int RateLimitRejections => Read(() => state.Limiter.TotalRefused);

    public IReadOnlyList<FakeKisRecordedRequest> Requests => pipeline.Requests;

    public IReadOnlyList<FakeKisOrderRecord> Orders => Read(() => (IReadOnlyList<FakeKisOrderRecord>)[.. state.OrderRecords]);

    public IReadOnlyList<FakeKisExecution> Executions => Read(() => (IReadOnlyList<FakeKisExecution>)[.. executions]);

    public int PendingFaults => faults.Pending;

    public static async Task<FakeKisServer> StartAsync(FakeKisHost host, TimeProvider? clock = null, int seed = 1, CancellationToken cancellationToken = default)
    {
        var server = new FakeKisServer(host, clock ?? TimeProvider.System, seed);
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.Run(server.pipeline.HandleAsync);
        await app.StartAsync(cancellationToken);
        server.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        server.app = app;
        return server;
    }

    /// <summary>
    /// Registers an account. <paramref name="environment"/> binds the app key to a host: on a server of the other host
    /// the key gets EGW02004. <paramref name="cash"/> is per currency code (KRW, USD, JPY, HKD, CNY, VND).
    /// </summary>
    public void AddAccount(FakeKisHost environment, string appKey, string appSecret, string cano, string productCode = "01",
        IReadOnlyDictionary<string, decimal>? cash = null, IEnumerable<FakeKisHolding>? holdings = null) => Write(() =>
    {
        var account = new FakeKisAccount(environment, appKey, appSecret, cano, productCode);
        foreach (var (currency, amount) in cash ?? new Dictionary<string, decimal>())
        {
            account.Cash[currency] = amount;
            account.StartingCash[currency] = amount;
        }
        foreach (var h in holdings ?? [])
        {
            var exchange = FakeKisExchange.ByAnyCode(h.Exchange) ?? throw new ArgumentException($"unknown exchange {h.Exchange}", nameof(holdings));
            var p = account.Position(exchange.OrderCode, h.Symbol, exchange.Currency);
            p.Quantity += h.Quantity;
            p.Cost += h.Quantity * h.AveragePrice;
            p.Name = h.Name ?? h.Symbol;
            var symbol = state.Market.Symbol(h.Symbol);
            symbol.Market = exchange.QuoteCode;
            if (exchange.OrderCode == FakeKisExchange.Krx)
                account.StartingHoldingsValue += h.Quantity * h.AveragePrice;
        }
        state.Accounts.Add(account);
    });

    /// <summary>Names a symbol and its market (KRX or an overseas quote/order code) before prices are set.</summary>
    public void DefineSymbol(string code, string name, string market = FakeKisExchange.Krx, bool isEtf = false) => Write(() =>
    {
        var symbol = state.Market.Symbol(code);
        symbol.Name = name;
        symbol.Market = (FakeKisExchange.ByAnyCode(market) ?? throw new ArgumentException($"unknown market {market}", nameof(market))).QuoteCode;
        symbol.IsEtf = isEtf;
    });

    /// <summary>The current price; the first one also becomes the base (previous close). Open orders that cross it fill.</summary>
    public void SetPrice(string code, decimal price)
    {
        var fills = new List<FakeKisExecution>();
        Write(() => state.Market.SetPrice(code, price, state.Clock.GetUtcNow(), fills));
        Raise(fills);
    }

    /// <summary>
    /// A print for the combined fake: the price moves as <see cref="SetPrice"/> moves it and the day's volume grows by
    /// <paramref name="volume"/>. Returns the symbol as quotes now show it, for the real-time record.
    /// </summary>
    internal FakeKisPrint Print(string code, decimal price, decimal volume)
    {
        SetPrice(code, price);
        return Read(() =>
        {
            var s = state.Market.Symbol(code);
            s.Volume += volume;
            s.TradedValue += volume * price;
            return new FakeKisPrint(s.Code, s.Market, s.Name, price, volume, s.Volume, s.TradedValue, s.Open, s.High, s.Low, s.BasePrice);
        });
    }

    /// <summary>The previous close the ±30% band and the day's change are computed from.</summary>
    public void SetBasePrice(string code, decimal basePrice) => Write(() => state.Market.Symbol(code).BasePrice = basePrice);

    public void AddDailyBars(string code, IEnumerable<FakeKisBar> bars) => Write(() =>
    {
        var list = state.Market.Symbol(code).DailyBars;
        list.AddRange(bars);
        list.Sort((a, b) => a.Time.CompareTo(b.Time));
    });

    public void AddMinuteBars(string code, IEnumerable<FakeKisBar> bars) => Write(() =>
    {
        var list = state.Market.Symbol(code).MinuteBars;
        list.AddRange(bars);
        list.Sort((a, b) => a.Time.CompareTo(b.Time));
    });

    /// <summary>KRW per unit of <paramref name="currency"/>; answers that need a rate not set write "".</summary>
    public void SetExchangeRate(string currency, decimal krwPerUnit) => Write(() => state.ExchangeRates[currency] = krwPerUnit);

    /// <summary>A KRX closed day besides weekends (orders refused, chk-holiday says N).</summary>
    public void AddHoliday(DateOnly day) => Write(() => state.Holidays.Add(day));

    /// <summary>Every token issued so far now answers EGW00123.</summary>
    public void ExpireTokens() => Write(state.Tokens.ExpireAll);

    /// <summary>Every token issued so far now answers EGW00121.</summary>
    public void InvalidateTokens() => Write(state.Tokens.InvalidateAll);

    /// <summary>Successful /oauth2/tokenP answers for this key (a repeated token within 6 h counts too).</summary>
    public int TokensIssued(string appKey) => Read(() => state.Tokens.Issued(appKey));

    /// <summary>/oauth2/tokenP calls refused with EGW00133.</summary>
    public int TokenRequestsThrottled(string appKey) => Read(() => state.Tokens.Refused(appKey));

    /// <summary>The app key an approval key was issued to, or null: for the WebSocket fake.</summary>
    public string? ApprovalKeyOwner(string approvalKey) => Read(() => state.Tokens.ApprovalKeyOwner(approvalKey));

    public int RateLimitRejectionsFor(string appKey) => Read(() => state.Limiter.Refused(appKey));

    public void Inject(FakeKisFault fault) => faults.Add(fault);

    public decimal Cash(string cano, string currency) => Read(() => Find(cano).CashIn(currency));

    public decimal Holding(string cano, string symbol, string exchange = FakeKisExchange.Krx) =>
        Read(() => Find(cano).FindPosition((FakeKisExchange.ByAnyCode(exchange) ?? throw new ArgumentException($"unknown exchange {exchange}", nameof(exchange))).OrderCode, symbol)?.Quantity ?? 0m);

    public FakeKisOrderState? Order(string orderNumber) => Read(() => state.Market.FindOrder(orderNumber) is { } o
        ? new FakeKisOrderState(o.Number, o.Exchange, o.Symbol, o.Side, o.Quantity, o.LimitPrice, o.Filled, o.Cancelled, o.Remaining, o.AverageFillPrice, o.ReplacedBy)
        : null);

    public async ValueTask DisposeAsync()
    {
        await lifetime.CancelAsync();
        if (app is not null)
        {
            using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await app.StopAsync(stop.Token);
            await app.DisposeAsync();
        }
        lifetime.Dispose();
    }

    private FakeKisAccount Find(string cano) =>
        state.Accounts.FirstOrDefault(a => a.Cano == cano) ?? throw new ArgumentException($"no account {cano}", nameof(cano));

    private void Raise(IReadOnlyList<FakeKisExecution> fills)
    {
        if (fills.Count == 0)
            return;
        lock (state.Gate) executions.AddRange(fills);
        foreach (var fill in fills)
            Executed?.Invoke(this, fill);
    }

    private T Read<T>(Func<T> read)
    {
        lock (state.Gate) return read();
    }

    private void Write(Action write)
    {
        lock (state.Gate) write();
    }
}
