using Ouroboros.Domain.Venues;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using Ouroboros.Domain.Calendars;
using Ouroboros.Domain.Instruments;
using Ouroboros.Domain.Intents;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Primitives;
using Ouroboros.Risk.Data;
using Ouroboros.Risk.Engine;
using Ouroboros.Risk.Policy;
using Ouroboros.Risk.Events;

namespace Ouroboros.Risk.Tests.Support;

/// <summary>Builders for the engine, state and trigger tests: engines without gates, tightened limits and event views.</summary>
internal static class EngineFixtures
{
    public const string Ops = "ops";

    /// <summary>The hard policy, except that a HALTED account may not even close positions.</summary>
    public static RiskLimits NoExitsWhenHalted { get; } = Tightened(("AllowExitsWhenHalted", "false"));

    /// <summary>The policy tightened by configured values that must all be accepted.</summary>
    public static RiskLimits Tightened(params (string Key, string Value)[] configured)
    {
        var limits = RiskPolicy.Tighten(configured.ToDictionary(c => c.Key, c => c.Value), out var problems);
        problems.ShouldBeEmpty();
        return limits;
    }

    /// <summary>An engine with the policy's limits and no gates, so only the trading state and the triggers decide.</summary>
    public static RiskEngine NewEngine(bool backtest = false, RiskLimits? limits = null) =>
        new([], limits ?? RiskPolicy.Hard, resumeHaltsAtNextTradingDay: backtest);

    public static RiskCheck In(this RiskCheck check, string? market) => check with { Market = market };

    /// <summary>The check at an intraday instant (or a daily stamp) with the trading date of its UTC day.</summary>
    public static RiskCheck At(this RiskCheck check, DateTimeOffset time, bool intraday = true) =>
        check with { Time = time, IsIntraday = intraday, TradingDate = DateOnly.FromDateTime(time.UtcDateTime) };

    /// <summary>The check with the account at <paramref name="equity"/> against a start-of-day equity of 100,000.</summary>
    public static RiskCheck WithDayPnl(this RiskCheck check, decimal equity) =>
        check with { Account = check.Account with { Equity = equity, DayStartEquity = 100_000m } };

    public static RiskEvent[] StateChanges(this IEnumerable<RiskEvent> events) => [.. events.Where(e => e.Kind == RiskEventKind.StateChanged)];

    public static RiskEvent[] Alerts(this IEnumerable<RiskEvent> events) => [.. events.Where(e => e.Kind == RiskEventKind.Alert)];

    /// <summary>The figures of an event parsed back from its JSON: fails when the text is not a flat object of strings.</summary>
    public static Dictionary<string, string> FiguresOf(RiskEvent riskEvent)
    {
        using var document = JsonDocument.Parse(riskEvent.Figures);
        return document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
    }

    // Generators for the standard chain properties -------------------------------------------------------------------

    private static readonly Instrument[] ChainInstruments = [Checks.Spy, GateFixtures.Samsung, GateFixtures.Kodex, GateFixtures.Btc];
    private static readonly Instrument Qqq = GateFixtures.Qqq;
    private static readonly DateOnly FirstChainDate = new(2024, 3, 4);

    /// <summary>Known <paramref name="knownWeight"/> times in <paramref name="knownWeight"/> + 1; null otherwise.</summary>
    private static Gen<T?> Known<T>(Gen<T> gen, int knownWeight) where T : struct =>
        Gen.Frequency((1, Gen.Constant<T?>(null)), (knownWeight, gen.Select(v => (T?)v)));

    private static Gen<decimal> Permille(int low, int high) => Gen.Choose(low, high).Select(p => p / 1_000m);

    private static Gen<decimal> PriceOf(Instrument instrument) => instrument.Venue switch
    {
        Venue.Krx => Gen.Choose(1_000, 300_000).Select(p => (decimal)p),
        Venue.Bybit => Gen.Choose(1_000, 10_000_000).Select(p => p / 100m),
        _ => Gen.Choose(100, 100_000).Select(p => p / 100m),
    };

    /// <summary>Daily VIX closes at 21:15 UTC around a level, up to a last date (an early last date makes the VIX stale).</summary>
    private static Gen<ReferenceSeries?> ChainVix(int knownWeight) => Gen.Frequency(
        (1, Gen.Constant<ReferenceSeries?>(null)),
        (knownWeight, from level in Gen.Choose(12, 45)
                      from days in Gen.Frequency((1, Gen.Choose(1, 6)), (6, Gen.Choose(7, 12)))
                      from noise in Gen.Choose(-30, 30).ArrayOf(days)
                      select (ReferenceSeries?)new ReferenceSeries("VIX", noise.Select((n, i) =>
                          (new DateTimeOffset(2024, 2, 26, 21, 15, 0, TimeSpan.Zero).AddDays(i), Math.Max(1m, level + (n / 10m)))))));

    /// <summary>Minutes of the UTC day near the KRX (00:00Z, 06:30Z) and NYSE (14:30Z, 21:00Z in winter) opens and closes.</summary>
    private static readonly Gen<int> SessionEdge = Gen.Elements(0, 390, 870, 1_260).SelectMany(m => Gen.Choose(m - 8, m + 8)).Select(m => Math.Clamp(m, 0, 1_439));

    private static Gen<double[]> Returns => Gen.Frequency((1, Gen.Choose(0, 19)), (5, Gen.Choose(20, 40)))
        .SelectMany(n => Gen.Choose(-400, 400).Select(r => r / 10_000.0).ArrayOf(n));

    /// <summary>
    /// Any order of the chain's instruments with an account, a history and a market environment; every input may be
    /// unknown (more often for a lower <paramref name="knownWeight"/>). Sizes are drawn relative to equity, so many
    /// orders pass every gate and the properties are not vacuous.
    /// </summary>
    public static Gen<(RiskCheck Check, ReferenceSeries? Vix, MarketCalendar? Calendar)> ChainCase(int knownWeight) =>
        from instrument in Gen.Elements(ChainInstruments)
        from side in Gen.Elements(OrderSide.Buy, OrderSide.Sell)
        from price in Known(PriceOf(instrument), knownWeight)
        from units in Gen.Choose(10_000, 2_000_000)
        let equity = units * (instrument.Currency == Currency.KRW ? 1_000m : 1m)
        from orderFraction in Gen.Frequency((4, Permille(1, 20)), (1, Permille(20, 400)))
        let quantity = Math.Max(1m, Math.Floor(equity * orderFraction / (price ?? 100m)))
        from positionFraction in Gen.Frequency((3, Gen.Constant(0m)), (2, Permille(-200, 200)))
        let position = Math.Round(equity * positionFraction / (price ?? 100m))
        from positionKnown in Known(Gen.Constant(true), knownWeight)
        from cash in Known(Permille(50, 1_000).Select(f => equity * f), knownWeight)
        from dayPnl in Known(Gen.Frequency((12, Permille(-25, 30)), (1, Permille(-80, 0))), knownWeight)
        from initial in Known(Permille(700, 1_300).Select(f => equity * f), knownWeight)
        from equityKnown in Known(Gen.Constant(true), knownWeight)
        from ownMark in Known(Permille(950, 1_050), knownWeight)
        from other in Gen.Frequency((1, Gen.Constant(0m)), (2, Permille(0, 900)))
        from otherMark in Known(Gen.Choose(50, 500).Select(p => (decimal)p), knownWeight)
        from positionsKnown in Known(Gen.Constant(true), knownWeight)
        from origin in Gen.Elements(IntentOrigin.Strategy, IntentOrigin.Strategy, IntentOrigin.Model, IntentOrigin.Operator, IntentOrigin.RiskExit)
        from confidence in Known(Gen.Choose(60, 100).Select(c => c / 100.0), knownWeight)
        from leverage in Gen.Frequency((12, Gen.Constant(1m)), (1, Gen.Choose(50, 500).Select(l => l / 100m)))
        from stopFraction in Gen.Frequency((2, Gen.Constant(0m)), (1, Permille(5, 100)))
        from day in Gen.Choose(0, 4)
        from intraday in Gen.Elements(true, false)
        from minute in Gen.Frequency((3, Gen.Choose(0, (24 * 60) - 1)), (1, SessionEdge))
        from orders in Gen.Frequency((4, Gen.Choose(0, 8)), (1, Gen.Choose(0, 60)))
        from orderAges in Gen.Choose(0, 3_600).ArrayOf(orders)
        from losses in Gen.Frequency((4, Gen.Choose(0, 2)), (1, Gen.Choose(3, 5)))
        from lossAge in Gen.Choose(0, 3_000)
        from exitAge in Known(Gen.Choose(0, 1_440), 2)
        from ownHolder in Gen.Elements("test", "other", null)
        from qqqHolder in Gen.Elements("test", "other", null)
        from stopDistance in Known(Permille(1, 100), 2)
        from otherStop in Known(Permille(1, 60), 2)
        from ownReturns in Returns
        from qqqReturns in Returns
        from band in Known(Gen.Frequency((4, Permille(800, 1_200)), (1, Permille(500, 1_500))), knownWeight)
        from vix in ChainVix(knownWeight)
        from calendarKnown in Gen.Frequency((1, Gen.Constant(false)), (6, Gen.Constant(true)))
        let time = new DateTimeOffset(FirstChainDate.AddDays(day), TimeOnly.MinValue, TimeSpan.Zero).AddMinutes(intraday ? minute : 0)
        let history = ChainHistory(instrument, time, orderAges, losses, lossAge, exitAge, ownHolder, qqqHolder, stopDistance * price, otherStop * otherMark, ownReturns, qqqReturns, band * price)
        let dayStart = dayPnl is { } pnl ? Math.Round(equity / (1m + pnl), 2) : null as decimal?
        let holdings = ChainHoldings(instrument, position, price * ownMark, equity * other / (otherMark ?? 100m), otherMark)
        let check = Checks.Of(side, positionKnown is null ? null : position, price * quantity, cash, equityKnown is null ? null : equity, dayStart,
            quantity, instrument, history, time)
        select (check with
        {
            Account = check.Account with { InitialEquity = initial, Positions = positionsKnown is null ? null : holdings },
            Origin = origin, Confidence = confidence, Leverage = leverage, IsIntraday = intraday,
            StopLossPrice = stopFraction > 0 && price is { } p ? p * (1 - stopFraction) : null,
            Market = MarketCalendars.ForVenue(instrument.Venue).Market,
        }, vix, calendarKnown ? MarketCalendars.ForVenue(instrument.Venue) : null);

    private static PositionExposure[] ChainHoldings(Instrument own, decimal position, decimal? ownMark, decimal otherQuantity, decimal? otherMark) =>
    [
        .. position != 0 ? [new PositionExposure(own.Id, position, ownMark)] : Array.Empty<PositionExposure>(),
        .. Math.Round(otherQuantity) != 0 ? [new PositionExposure(Qqq.Id, Math.Round(otherQuantity), otherMark)] : Array.Empty<PositionExposure>(),
    ];

    private static RiskHistory ChainHistory(Instrument own, DateTimeOffset time, int[] orderAges, int losses, int lossAge, int? exitAge,
        string? ownHolder, string? qqqHolder, decimal? stopDistance, decimal? otherStop, double[] ownReturns, double[] qqqReturns, decimal? previousClose)
    {
        var history = new RiskHistory();
        foreach (var age in orderAges.OrderDescending()) history.RecordApprovedOrder(time.AddSeconds(-age));
        if (exitAge is { } ago) history.RecordRoundTrip(own.Id, time.AddMinutes(-ago), 1m);
        for (var i = losses - 1; i >= 0; i--) history.RecordRoundTrip(Qqq.Id, time.AddMinutes(-lossAge - i), -1m);
        if (ownHolder is not null) history.RecordEntry(own.Id, new StrategyId(ownHolder), stopDistance);
        if (qqqHolder is not null) history.RecordEntry(Qqq.Id, new StrategyId(qqqHolder), otherStop);
        Closes(history, own.Id, ownReturns, previousClose ?? 100m);
        Closes(history, Qqq.Id, qqqReturns, 200m);
        return history;
    }

    /// <summary>Records daily closes so that the returns are about <paramref name="returns"/> and the previous close is <paramref name="last"/>.</summary>
    private static void Closes(RiskHistory history, InstrumentId instrument, double[] returns, decimal last)
    {
        var closes = new decimal[returns.Length + 1];
        closes[^1] = last;
        for (var i = returns.Length - 1; i >= 0; i--) closes[i] = closes[i + 1] / (1m + (decimal)returns[i]);
        var day = new DateOnly(2023, 1, 2);
        foreach (var close in closes) history.RecordClose(instrument, day = day.AddDays(1), close);
        history.RecordClose(instrument, day.AddDays(1), last);
    }
}
