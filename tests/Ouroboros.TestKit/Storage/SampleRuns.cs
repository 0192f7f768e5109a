using Ouroboros.Risk.State;
using Ouroboros.Core.Journal;
using Ouroboros.Domain.Events;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Portfolio;
using Ouroboros.Domain.Primitives;
using Ouroboros.Risk.Events;

namespace Ouroboros.TestKit.Storage;

/// <summary>Runs built by hand: a realistic backtest and small variations for listing tests.</summary>
public static class SampleRuns
{
    public static readonly DateTimeOffset Start = new DateTimeOffset(2024, 1, 2, 14, 30, 0, TimeSpan.Zero).AddTicks(1234567);

    private static readonly InstrumentId Spy = new("US:SPY");
    private static readonly InstrumentId Kodex = new("KRX:069500");
    private static readonly StrategyId Strategy = new("sma-cross");

    public static RunRecord Realistic(string id = "bt-2024-01-02-0001", int equityPoints = 10_000) =>
        new(Summary(id, Start.AddDays(30)), Parameters(), Orders(), Fills(), Trades(), Equity(equityPoints), RiskDecisions(),
            """{"final_equity":"103700.00","open_trades":[],"notes":["warm-up 30 bars","한국어 ✓"]}""", RiskEvents());

    public static RunRecord Minimal(string id, DateTimeOffset createdAt) =>
        new(Summary(id, createdAt) with { From = null, To = null, Metrics = new Dictionary<string, double?>() },
            new Dictionary<string, string>(), [], [], [], [], [], "{}");

    public static RunSummary Summary(string id, DateTimeOffset createdAt) => new(
        new RunId(id), "backtest", "sma-cross", "csv:data/spy.csv;krx:069500", createdAt, Start, Start.AddDays(29).AddTicks(1), true,
        new Dictionary<string, double?>
        {
            ["total_return"] = 0.037,
            ["cagr"] = 0.4871234567890123,
            ["sharpe"] = 1.8700000000000001,
            ["sortino"] = null,
            ["max_drawdown"] = -0.0731,
            ["profit_factor"] = double.PositiveInfinity,
            ["avg_loss"] = double.NegativeInfinity,
            ["calmar"] = double.NaN,
            ["trades"] = 2,
            ["tiny"] = double.Epsilon,
        });

    private static Dictionary<string, string> Parameters() => new()
    {
        ["fast"] = "10",
        ["slow"] = "30",
        ["symbol"] = "US:SPY",
        ["note"] = "quotes \" and backslash \\ and 한국어",
        ["empty"] = "",
    };

    private static OrderSnapshot[] Orders()
    {
        var t = Start;
        return
        [
            Snapshot(OrderRequest.Market(Id("o-1"), Spy, OrderSide.Buy, 10m, t, Strategy, "entry"), OrderStatus.Filled, 10m, 470.25m, 1.00m, "B-1", null, t.AddMinutes(1)),
            Snapshot(new OrderRequest(Id("o-2"), Spy, OrderSide.Sell, OrderType.Limit, 10.0m, 480.50m, null, TimeInForce.GoodTillCancelled, t.AddDays(1), Strategy, "exit"),
                OrderStatus.Filled, 10.0m, 480.500m, 1.20m, "B-2", null, t.AddDays(2)),
            Snapshot(new OrderRequest(Id("o-3"), Kodex, OrderSide.Buy, OrderType.Limit, 100m, 35000m, null, TimeInForce.Day, t.AddDays(3), Strategy),
                OrderStatus.Cancelled, 40m, 34990m, 209.94m, "KRX-77", "cancelled at session end", t.AddDays(3).AddHours(6)),
            Snapshot(new OrderRequest(Id("o-4"), Spy, OrderSide.Sell, OrderType.Stop, 5m, null, 460.00m, TimeInForce.GoodTillCancelled, t.AddDays(4), Strategy, "protective stop"),
                OrderStatus.Accepted, 0m, 0m, 0m, "B-4", null, t.AddDays(4).AddTicks(1)),
            Snapshot(new OrderRequest(Id("o-5"), Kodex, OrderSide.Buy, OrderType.Market, 1000m, null, null, TimeInForce.Day, t.AddDays(5), Strategy, null, cashAmount: 5000m),
                OrderStatus.DeniedByRisk, 0m, 0m, 0m, null, "position would be 41% of equity (max 20%)", t.AddDays(5)),
            Snapshot(new OrderRequest(Id("o-6"), Spy, OrderSide.Buy, OrderType.Limit, 3m, 400.01m, null, TimeInForce.ImmediateOrCancel, t.AddDays(6), Strategy),
                OrderStatus.Expired, 0m, 0m, 0m, "B-6", "no liquidity at limit", t.AddDays(6)),
            Snapshot(OrderRequest.Market(Id("o-7"), Spy, OrderSide.Sell, 0.5m, t.AddDays(7), Strategy),
                OrderStatus.Rejected, 0m, 0m, 0m, null, "insufficient buying power", t.AddDays(7)),
            Snapshot(new OrderRequest(Id("o-8"), Spy, OrderSide.Buy, OrderType.Stop, 2m, 491.5m, 490m, TimeInForce.Day, t.AddDays(8), Strategy),
                OrderStatus.PartiallyFilled, 1m, 491.25m, 0.10m, "B-8", null, t.AddDays(8).AddSeconds(1)),
        ];
    }

    private static OrderSnapshot Snapshot(OrderRequest request, OrderStatus status, decimal filled, decimal avg, decimal fees, string? brokerId, string? reason, DateTimeOffset at) =>
        new(request, status, filled, avg, fees, brokerId is null ? null : new BrokerOrderId(brokerId), reason, at);

    private static Fill[] Fills() =>
    [
        new(new FillId("f-1"), Id("o-1"), Spy, OrderSide.Buy, 10m, 470.25m, 1.00m, Start.AddMinutes(1), Liquidity.Taker),
        new(new FillId("f-2a"), Id("o-2"), Spy, OrderSide.Sell, 4m, 480.50m, 0.48m, Start.AddDays(1).AddHours(2), Liquidity.Maker),
        new(new FillId("f-2b"), Id("o-2"), Spy, OrderSide.Sell, 6.0m, 480.500m, 0.72m, Start.AddDays(2), Liquidity.Maker),
        new(new FillId("f-3"), Id("o-3"), Kodex, OrderSide.Buy, 40m, 34990m, 209.94m, Start.AddDays(3).AddHours(1), Liquidity.Maker),
        new(new FillId("f-8"), Id("o-8"), Spy, OrderSide.Buy, 1m, 491.25m, 0m, Start.AddDays(8).AddSeconds(1), Liquidity.Taker),
    ];

    private static ClosedTrade[] Trades() =>
    [
        new(Spy, OrderSide.Buy, Start.AddMinutes(1), 470.25m, Start.AddDays(2), 480.50m, 10m, 102.50m, 2.20m),
        new(Kodex, OrderSide.Sell, Start.AddDays(9), 35100m, Start.AddDays(10).AddTicks(7), 35500m, 40m, -16000m, 0.0000001m),
    ];

    private static EquityPoint[] Equity(int count)
    {
        var points = new EquityPoint[count];
        for (var i = 0; i < count; i++)
        {
            var equity = 100_000.00m + (i * 0.37m) - (i % 7 * 1.5m) + (i % 3 == 0 ? 0.000001m : 0m);
            var cash = i % 2 == 0 ? 50_000m - (i / 8m) : -12.3400m;
            points[i] = new EquityPoint(Start.AddMinutes(i).AddTicks(i % 10), equity, cash);
        }

        return points;
    }

    private static RiskDecision[] RiskDecisions() =>
    [
        new(Start, Id("o-1"), Spy, OrderSide.Buy, 10m, 4702.50m, true, null, null),
        new(Start.AddDays(1), Id("o-2"), Spy, OrderSide.Sell, 10.0m, null, true, null, null),
        new(Start.AddDays(5), Id("o-5"), Kodex, OrderSide.Buy, 1000m, 35_000_000m, false, "MaxPositionSize", "position would be 41% of equity (max 20%)",
            """{"cash":"85000000.50","equity":"85000000.50","position_after_pct":41.18,"limit_pct":20}"""),
        new(Start.AddDays(7), Id("o-7"), Spy, OrderSide.Sell, 0.5m, 240.25m, true, "DailyLoss", "approved with warning", """{"daily_pnl_pct":-4.2,"note":"한국어 \"quoted\""}"""),
    ];

    public static RiskEvent[] RiskEvents() =>
    [
        RiskEvent.Of(new TradingStateChanged(Start.AddDays(6), "account", TradingState.Active, TradingState.Halted, false, "CircuitBreaker",
            "daily P&L -3.4% ≤ -3%", "risk:CircuitBreaker")) with { Figures = """{"daily_pnl_pct":-3.4,"limit_pct":-3}""" },
        new(Start.AddDays(6).AddTicks(1), RiskEventKind.Alert, "KRX", "NavFloor", "equity below 80% of the initial equity", "{}"),
        new(Start.AddDays(7), RiskEventKind.ExitSignal, "US", "StopLoss", "US:SPY closed 2.1% below the average cost", """{"close":"460.37"}"""),
    ];

    private static ClientOrderId Id(string value) => new(value);
}
