using Ouroboros.Domain.Venues;
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Ouroboros.Domain.Calendars;
using Ouroboros.Domain.Instruments;
using Ouroboros.Domain.Intents;
using Ouroboros.Domain.Orders;
using Ouroboros.Risk.Data;
using Ouroboros.Risk.Engine;
using Ouroboros.Risk.Policy;
using Ouroboros.Risk.State;
using Ouroboros.Risk.Tests.Support;
using static Ouroboros.Risk.Tests.Support.EngineFixtures;

namespace Ouroboros.Risk.Tests.Engine;

/// <summary>
/// Properties of the whole standard chain (state check, triggers and every gate) for generated orders, accounts,
/// histories and environments. Engines are stateful, so every evaluation uses a fresh one.
/// </summary>
public sealed class StandardChainProperties
{
    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(300);

    private static RiskEngine Chain(RiskLimits limits, ReferenceSeries? vix, MarketCalendar? calendar) =>
        StandardRiskEngine.Create(new RiskEnvironment(limits, vix, calendar, []), backtest: true);

    private static RiskVerdict Evaluate(RiskLimits limits, (RiskCheck Check, ReferenceSeries? Vix, MarketCalendar? Calendar) x) =>
        Chain(limits, x.Vix, x.Calendar).Evaluate(x.Check);

    [Fact]
    public void No_approved_entry_ever_breaks_an_active_limit()
    {
        var approvedEntries = 0;
        Check.One(Config, Prop.ForAll(ChainCase(knownWeight: 30).ToArbitrary(), x =>
        {
            var verdict = Evaluate(RiskPolicy.Hard, x);
            if (!verdict.IsApproved) return;
            BrokenByAnyOrder(x.Check, RiskPolicy.Hard).ShouldBeEmpty(x.Check.ToString());
            if (!x.Check.IsEntry) return;
            approvedEntries++;
            BrokenByEntry(x.Check, RiskPolicy.Hard, x.Vix, x.Calendar).ShouldBeEmpty(x.Check.ToString());
        }));
        approvedEntries.ShouldBeGreaterThan(15, "the generator should let a fair share of entries through every gate");
    }

    /// <summary>A limit from the policy moved a random step in its stricter direction (booleans to false).</summary>
    private static readonly Gen<(string Key, string Value)> Tightening =
        from limit in Gen.Elements(RiskPolicy.Limits.Where(l => l.Stricter != Strictness.Either).ToArray())
        from step in Gen.Frequency((1, Gen.Choose(1, 100).Select(s => s / 10_000m)), (2, Gen.Choose(1, 100).Select(s => s / 100m)))
        let value = limit.Stricter == Strictness.Lower ? limit.Hard - ((limit.Hard - limit.Min) * step) : limit.Hard + ((limit.Max - limit.Hard) * step)
        select (limit.Key, limit.IsBoolean ? "false" : value.ToString(CultureInfo.InvariantCulture));

    [Fact]
    public void Tightening_any_single_limit_never_approves_what_the_hard_policy_denied() =>
        Check.One(Config, Prop.ForAll((from x in ChainCase(knownWeight: 30) from t in Tightening select (x, t)).ToArbitrary(), c =>
        {
            var tight = Tightened(c.t);
            if (!Evaluate(tight, c.x).IsApproved) return;
            var loose = Evaluate(RiskPolicy.Hard, c.x);
            loose.IsApproved.ShouldBeTrue($"Risk:{c.t.Key} = {c.t.Value} approved what the hard policy denied ({loose}): {c.x.Check}");
        }));

    /// <summary>
    /// An order of 10,000 by "test", which already has 1,900 at risk through a recorded stop distance: the default stop
    /// of 2% puts 2,100 at risk against a budget of 2,000.
    /// </summary>
    private static (RiskCheck Check, ReferenceSeries? Vix, MarketCalendar? Calendar) NearTheRiskBudget()
    {
        var history = new RiskHistory().WithReturns(Checks.Spy.Id, HistoryFixtures.Returns(30)).WithReturns(GateFixtures.Qqq.Id, HistoryFixtures.Returns(30));
        history.RecordEntry(GateFixtures.Qqq.Id, HistoryFixtures.TestStrategy, 19m);
        var check = Checks.Of(OrderSide.Buy, 0m, value: 10_000m, quantity: 100m, history: history,
            positions: [GateFixtures.Holding(GateFixtures.Qqq, 100m, 400m)]);
        return (check, GateFixtures.Vix((3, 1, 20m)), MarketCalendars.Nyse);
    }

    [Fact]
    public void The_hard_chain_denies_an_order_that_would_take_its_strategy_over_the_risk_budget() =>
        Evaluate(RiskPolicy.Hard, NearTheRiskBudget()).Gate.ShouldBe("strategy_risk_budget");

    [Fact]
    public void Tightening_the_stop_loss_never_approves_an_order_the_risk_budget_denied() =>
        Evaluate(Tightened(("StopLossPct", "-1")), NearTheRiskBudget()).IsApproved.ShouldBeFalse();

    [Fact]
    public void A_halted_account_approves_nothing_but_exits_and_those_only_when_the_policy_allows_them() =>
        Check.One(Config, Prop.ForAll((from x in ChainCase(knownWeight: 30) from allow in Gen.Elements(true, false) select (x, allow)).ToArbitrary(), c =>
        {
            var limits = c.allow ? RiskPolicy.Hard : NoExitsWhenHalted;
            var engine = Chain(limits, c.x.Vix, c.x.Calendar);
            engine.Halt(TradingStateBook.AccountScope, c.x.Check.Time.AddHours(-1), Ops, "pause");

            var verdict = engine.Evaluate(c.x.Check);

            if (verdict.IsApproved) (c.allow && !c.x.Check.IsEntry).ShouldBeTrue(c.x.Check.ToString());
            else if (c.x.Check.IsEntry || !c.allow) verdict.Gate.ShouldBe(RiskEngine.StateGate);
        }));

    [Fact]
    public void An_entry_lacking_any_input_it_needs_is_never_approved()
    {
        var lacking = 0;
        Check.One(Config, Prop.ForAll(ChainCase(knownWeight: 4).ToArbitrary(), x =>
        {
            var c = x.Check;
            if (!c.IsEntry || !LacksInput(c, x.Vix)) return;
            lacking++;
            Evaluate(RiskPolicy.Hard, x).IsApproved.ShouldBeFalse(c.ToString());
        }));
        lacking.ShouldBeGreaterThan(50);
    }

    private static bool LacksInput(RiskCheck c, ReferenceSeries? vix)
    {
        var a = c.Account;
        var stockBuy = c.IsBuyEntry && c.Instrument.Venue is Venue.Krx or Venue.Us;
        return a.Equity is null || a.DayStartEquity is null || a.AvailableCash is null || c.EstimatedValue is null || c.ReferencePrice is null
            || c.PositionQuantity is null || a.Positions is null || a.Positions.Any(p => p.Price is null)
            || (c.IsBuyEntry && a.InitialEquity is null)
            || (c.Origin == IntentOrigin.Model && c.Confidence is null)
            || (stockBuy && vix is null)
            || (c.Instrument.Venue == Venue.Krx && c.History.PreviousClose(c.Instrument.Id) is null);
    }

    /// <summary>Limits that hold for exits as much as for entries.</summary>
    private static IEnumerable<string> BrokenByAnyOrder(RiskCheck c, RiskLimits l)
    {
        if (!c.Instrument.IsValidQuantity(c.Order.Quantity)) yield return "lot";
        if (c.History.OrdersSince(c.Time - TimeSpan.FromSeconds(60)) >= l.MaxOrdersPerMinute) yield return "order rate";
        if (c.Instrument.Venue == Venue.Krx && !(c.History.PreviousClose(c.Instrument.Id) is { } close && c.OrderPrice is { } price
            && Math.Abs(price - close) <= l.PriceBandFraction * close)) yield return "price band";
    }

    /// <summary>Every limit an approved entry must keep, computed here independently of the gates.</summary>
    private static IEnumerable<string> BrokenByEntry(RiskCheck c, RiskLimits l, ReferenceSeries? vix, MarketCalendar? calendar)
    {
        var a = c.Account;
        if (c.EstimatedValue is not { } value || a.AvailableCash is not { } cash || a.Equity is not { } equity || a.DayStartEquity is not { } dayStart
            || dayStart <= 0 || c.PositionValueAfter is not { } after || a.Positions is not { } positions || positions.Any(p => p.Price is null))
        {
            yield return "approved with an unknown input";
            yield break;
        }
        if (value > l.FatFingerFractionOfCash * cash) yield return "fat finger";
        if (!l.MaxNotional.TryGetValue(c.Instrument.Currency, out var max) || value > max) yield return "max notional";
        if (after > l.MaxPositionFraction * equity) yield return "concentration";
        if (positions.Where(p => p.Instrument != c.Instrument.Id).Sum(p => p.Value!.Value) + after > l.MaxExposureFraction * equity) yield return "exposure";
        var pnl = (equity - dayStart) / dayStart;
        if (pnl <= l.CircuitBreaker || pnl <= l.DailyLossLimit) yield return "daily P&L";
        if (c.Origin == IntentOrigin.Model && !(c.Confidence >= l.MinConfidence)) yield return "min confidence";
        if (c.Leverage != 1m && !(c.Instrument.Venue == Venue.Bybit && c.Leverage > 1m && c.Leverage <= l.MaxLeverage)) yield return "leverage";
        if (c.IsBuyEntry && !(a.InitialEquity is { } initial && equity >= l.NavFloorFraction * initial)) yield return "nav floor";
        if (c.History.OrdersToday >= l.MaxOrdersPerDay) yield return "orders per day";
        if (c.History.LastExit(c.Instrument.Id) is { } exit && c.Time < exit + l.ReentryCooldown) yield return "re-entry cooldown";
        if (c.History.ConsecutiveLosses >= l.LosingStreakLength && !(c.History.LastLossTime is { } loss && c.Time >= loss + l.LosingStreakPause))
            yield return "losing streak";
        if (c.IsBuyEntry && c.Instrument.Venue is Venue.Krx or Venue.Us
            && !(vix is not null && vix.TryGetAsOf(c.Time, out var at, out var level) && c.Time - at <= l.VixMaxAge && level < l.VixHaltLevel))
            yield return "vix halt";
        if (c.IsIntraday && calendar is { IsAroundTheClock: false } && calendar.ScheduleFor(calendar.LocalDateOf(c.Time)) is { } day
            && ((c.Time >= day.Open && c.Time < day.Open + l.BlackoutAfterOpen) || (c.Time < day.Close && c.Time >= day.Close - l.BlackoutBeforeClose)))
            yield return "blackout";
        if (StrategyRisk(c, positions, Math.Abs(l.StopLoss)) > l.StrategyRiskBudgetFraction * equity) yield return "strategy risk budget";
        foreach (var p in positions.Where(p => p.Instrument != c.Instrument.Id && p.Quantity != 0).Select(p => p.Instrument).Append(c.Instrument.Id))
        {
            if ((p != c.Instrument.Id || c.PositionAfter != 0) && c.History.DailyReturns(p).Count < l.VarMinObservations) yield return $"VaR data of {p}";
        }
    }

    private static decimal StrategyRisk(RiskCheck c, IReadOnlyList<PositionExposure> positions, decimal defaultStop)
    {
        var orderStop = c.StopLossPrice is { } stop && c.ReferencePrice is { } reference ? Math.Abs(reference - stop) / reference : defaultStop;
        var risk = Math.Abs(c.EstimatedValue!.Value) * orderStop;
        foreach (var p in positions.Where(p => p.Quantity != 0 && c.History.HolderOf(p.Instrument) == c.Order.Strategy))
            risk += c.History.StopDistanceOf(p.Instrument) is { } distance ? Math.Abs(p.Quantity) * distance : p.Value!.Value * defaultStop;
        return risk;
    }
}
