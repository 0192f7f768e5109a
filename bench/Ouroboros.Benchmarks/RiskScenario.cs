using Ouroboros.Domain.Venues;
using Ouroboros.Domain.Calendars;
using Ouroboros.Domain.Instruments;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Primitives;
using Ouroboros.Benchmarks.WholeRun;
using Ouroboros.Risk.Engine;
using Ouroboros.Risk.Policy;

namespace Ouroboros.Benchmarks;

/// <summary>
/// A realistic entry check for the risk benchmarks: a daily-bar KRX account of 100,000,000 KRW holding five stocks
/// (10% of equity each, opened by sma-cross with a 2% stop distance) buys 5% of equity of a sixth, as the kernel
/// asks on the next trading day. The history holds <see cref="Returns"/> daily returns (seeded, 1.5% volatility) of
/// all six, and the VIX is a calm 15, so every gate of the standard chain runs and approves.
/// </summary>
internal sealed class RiskScenario
{
    public const int Held = 5;
    public const decimal Equity = 100_000_000m;
    private static readonly StrategyId Strategy = new("sma-cross");
    private readonly Instrument[] _instruments = [.. Enumerable.Range(0, Held + 1).Select(i => KrxVenue.Stock(FormattableString.Invariant($"{900_000 + i:D6}")))];
    private readonly decimal[][] _closes;
    private readonly RiskCheck _template;

    /// <param name="returns">Daily returns per instrument in the history (the VaR window).</param>
    /// <param name="days">Trading days the checks may move forward (one per evaluation) before the engine is rebuilt.</param>
    public RiskScenario(int returns, int days)
    {
        Returns = returns;
        Days = days;
        var random = new Random(20_240_601);
        // Two closes more than returns: the first close gives no return, and the last day's close is today's, not yet a return.
        _closes = [.. _instruments.Select(_ => Walk(random, returns + 2))];
        var first = Start.AddDays(-(returns + 2));
        Environment = new RiskEnvironment(RiskPolicy.Hard, KrxSyntheticUniverse.CalmVix(first, Start.AddDays(days + 1), RiskOverheadWorkload.VixLevel),
            MarketCalendars.Krx, []);

        var positions = new List<PositionExposure>();
        var held = 0m;
        for (var i = 0; i < Held; i++)
        {
            var price = _closes[i][^1];
            var quantity = decimal.Floor(Equity * 0.10m / price);
            positions.Add(new PositionExposure(_instruments[i].Id, quantity, price));
            held += quantity * price;
        }
        var account = new AccountSnapshot(Equity - held, Equity, Equity, Equity, positions);
        var buy = _instruments[Held];
        var reference = _closes[Held][^1];
        var shares = decimal.Floor(Equity * 0.05m / reference);
        var order = new OrderRequest(new ClientOrderId("bench-1"), buy.Id, OrderSide.Buy, OrderType.Market, shares, null, null,
            TimeInForce.Day, Start, Strategy, "fast SMA crossed above slow SMA");
        _template = new RiskCheck(order, buy, Start, reference, shares * reference, 0m, account, new RiskHistory())
        {
            TradingDate = DateOnly.FromDateTime(Start.UtcDateTime),
            IsIntraday = false,
            Market = Environment.Calendar!.Market,
        };
    }

    /// <summary>The first trading day the checks are made on (daily bars are stamped 00:00 UTC).</summary>
    public static DateTimeOffset Start { get; } = new(2030, 1, 2, 0, 0, 0, TimeSpan.Zero);

    public int Returns { get; }
    public int Days { get; }
    public RiskEnvironment Environment { get; }

    /// <summary>The standard chain (17 gates, P&amp;L triggers) at the hard limits, history warmed.</summary>
    public RiskEngine Full() => Warm(StandardRiskEngine.Create(Environment, backtest: true));

    /// <summary>No gates, but the hard limits: trading-state check, daily P&amp;L and NAV-floor watches only.</summary>
    public RiskEngine StateOnly() => Warm(new RiskEngine([], Environment.Limits, resumeHaltsAtNextTradingDay: true));

    /// <summary>The check on trading day <paramref name="day"/> after <see cref="Start"/>, reading <paramref name="engine"/>'s history.</summary>
    public RiskCheck CheckOn(int day, RiskEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        var time = Start.AddDays(day);
        return _template with { Time = time, TradingDate = DateOnly.FromDateTime(time.UtcDateTime), History = engine.History };
    }

    /// <summary>Closes of every day before <see cref="Start"/> and today's close so far; the held positions' entries.</summary>
    private RiskEngine Warm(RiskEngine engine)
    {
        var days = _closes[0].Length;
        for (var d = 0; d < days; d++)
        {
            var date = DateOnly.FromDateTime(Start.AddDays(d - days + 1).UtcDateTime);
            for (var i = 0; i < _instruments.Length; i++) engine.History.RecordClose(_instruments[i].Id, date, _closes[i][d]);
        }
        for (var i = 0; i < Held; i++) engine.History.RecordEntry(_instruments[i].Id, Strategy, _closes[i][^1] * 0.02m);
        return engine;
    }

    private static decimal[] Walk(Random random, int count)
    {
        var closes = new decimal[count];
        var close = 10_000 + (random.NextDouble() * 40_000);
        for (var d = 0; d < count; d++)
        {
            var normal = Math.Sqrt(-2.0 * Math.Log(1.0 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
            close *= Math.Exp(0.015 * normal);
            closes[d] = KrxStockTickSize.Instance.Nearest((decimal)close);
        }
        return closes;
    }
}
