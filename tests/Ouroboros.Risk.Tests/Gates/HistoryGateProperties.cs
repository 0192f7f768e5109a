using FsCheck;
using FsCheck.Fluent;
using Ouroboros.Domain.Orders;
using Ouroboros.Risk.Engine;
using Ouroboros.Risk.Gates;
using Ouroboros.Risk.Tests.Support;
using static Ouroboros.Risk.Tests.Support.HistoryFixtures;

namespace Ouroboros.Risk.Tests.Gates;

/// <summary>
/// For every gate that reads the history: a tighter limit never approves a check the looser limit denied, and the
/// gate approves exactly when an independent computation of its figure is within the limit.
/// </summary>
public sealed class HistoryGateProperties
{
    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(500);
    private static readonly DateTimeOffset T0 = Checks.T0;

    /// <summary>A pair of limits in any order; the tighter and looser reading is decided by each property.</summary>
    private static Gen<(int A, int B)> Pair(int min, int max) => from a in Gen.Choose(min, max) from b in Gen.Choose(min, max) select (a, b);

    /// <summary>Seconds around whole minutes, so the exact end of a cooldown or pause comes up often.</summary>
    private static readonly Gen<int> ElapsedSeconds = from minutes in Gen.Choose(-5, 700) from jitter in Gen.Choose(-1, 1) select (minutes * 60) + jitter;

    [Fact]
    public void Reentry_cooldown_approves_exactly_past_the_cooldown_and_a_longer_one_approves_less() =>
        Check.One(Config, Prop.ForAll((from limits in Pair(0, 600) from elapsed in ElapsedSeconds select (limits, elapsed)).ToArbitrary(), c =>
        {
            var loose = new ReentryCooldownGate(TimeSpan.FromMinutes(Math.Min(c.limits.A, c.limits.B)));
            var tight = new ReentryCooldownGate(TimeSpan.FromMinutes(Math.Max(c.limits.A, c.limits.B)));
            var check = Checks.Entry() with { History = WithExit(Checks.Spy.Id, T0.AddSeconds(-c.elapsed)) };
            var elapsed = TimeSpan.FromSeconds(c.elapsed);

            tight.Evaluate(check).IsApproved.ShouldBe(elapsed >= tight.Cooldown);
            loose.Evaluate(check).IsApproved.ShouldBe(elapsed >= loose.Cooldown);
            tight.Evaluate(Checks.Exit() with { History = check.History }).IsApproved.ShouldBeTrue();
        }));

    [Fact]
    public void Losing_streak_approves_exactly_outside_a_running_pause_and_a_shorter_streak_or_longer_pause_approves_less() =>
        Check.One(Config, Prop.ForAll((from lengths in Pair(1, 6) from pauses in Pair(1, 600) from losses in Gen.Choose(0, 8) from elapsed in ElapsedSeconds
                                       select (lengths, pauses, losses, elapsed)).ToArbitrary(), c =>
        {
            var loose = new LosingStreakGate(Math.Max(c.lengths.A, c.lengths.B), TimeSpan.FromMinutes(Math.Min(c.pauses.A, c.pauses.B)));
            var tight = new LosingStreakGate(Math.Min(c.lengths.A, c.lengths.B), TimeSpan.FromMinutes(Math.Max(c.pauses.A, c.pauses.B)));
            var check = Checks.Entry() with { History = WithLosses(c.losses, T0.AddSeconds(-c.elapsed)) };
            bool Paused(LosingStreakGate g) => c.losses >= g.Length && TimeSpan.FromSeconds(c.elapsed) < g.Pause;

            tight.Evaluate(check).IsApproved.ShouldBe(!Paused(tight));
            loose.Evaluate(check).IsApproved.ShouldBe(!Paused(loose));
            if (tight.Evaluate(check).IsApproved) loose.Evaluate(check).IsApproved.ShouldBeTrue();
        }));

    /// <summary>A run of orders: entry or exit, and the seconds since the previous one.</summary>
    private static readonly Gen<(bool Entry, int Gap)[]> Orders =
        (from entry in Gen.Elements(true, true, true, false) from gap in Gen.Choose(0, 20) select (entry, gap)).ArrayOf();

    [Fact]
    public void Daily_order_count_approves_an_entry_only_below_the_limit_and_never_traps_an_exit() =>
        Check.One(Config, Prop.ForAll((from limits in Pair(1, 30) from orders in Orders select (limits, orders)).ToArbitrary(), c =>
        {
            var tight = new DailyOrderCountGate(Math.Min(c.limits.A, c.limits.B));
            var loose = new DailyOrderCountGate(Math.Max(c.limits.A, c.limits.B));
            var history = new RiskHistory();
            var time = T0;
            foreach (var (entry, gap) in c.orders)
            {
                time = time.AddSeconds(gap);
                var check = (entry ? Checks.Entry() : Checks.Exit()) with { History = history, Time = time };
                var approved = tight.Evaluate(check).IsApproved;
                if (approved) loose.Evaluate(check).IsApproved.ShouldBeTrue();
                approved.ShouldBe(!entry || history.OrdersToday < tight.MaxPerDay);
                if (approved) history.RecordApprovedOrder(time);
            }
        }));

    [Fact]
    public void Order_rate_never_lets_more_than_the_limit_through_in_any_60_seconds() =>
        Check.One(Config, Prop.ForAll((from limits in Pair(1, 12) from orders in Orders select (limits, orders)).ToArbitrary(), c =>
        {
            var tight = new OrderRateGate(Math.Min(c.limits.A, c.limits.B));
            var loose = new OrderRateGate(Math.Max(c.limits.A, c.limits.B));
            var history = new RiskHistory();
            var approvedTimes = new List<DateTimeOffset>();
            var time = T0;
            foreach (var (entry, gap) in c.orders)
            {
                time = time.AddSeconds(gap);
                var check = (entry ? Checks.Entry() : Checks.Exit()) with { History = history, Time = time };
                var inWindow = approvedTimes.Count(t => t >= time.AddSeconds(-60));
                var approved = tight.Evaluate(check).IsApproved;
                approved.ShouldBe(inWindow < tight.MaxPerMinute);
                if (approved) loose.Evaluate(check).IsApproved.ShouldBeTrue();
                if (!approved) continue;
                history.RecordApprovedOrder(time);
                approvedTimes.Add(time);
                approvedTimes.Count(t => t >= time.AddSeconds(-60)).ShouldBeLessThanOrEqualTo(tight.MaxPerMinute);
            }
        }));

    private sealed record VarCase((int A, int B) LimitBps, (int A, int B) MinObservations, decimal[] SpyReturns, decimal[] QqqReturns,
        int QqqQuantity, int SpyPosition, bool Buy, int Quantity);

    private static readonly Gen<decimal[]> DailyReturns =
        from count in Gen.Choose(10, 60)
        from bps in Gen.Frequency((1, Gen.Constant(0)), (4, Gen.Choose(-1500, 1500))).ArrayOf(count)
        select bps.Select(b => b / 10_000m).ToArray();

    private static readonly Gen<VarCase> VarCases =
        from limits in Pair(1, 800)
        from minObservations in Pair(10, 40)
        from spy in DailyReturns
        from qqq in DailyReturns
        from qqqQuantity in Gen.Choose(-300, 300)
        from spyPosition in Gen.Frequency((2, Gen.Constant(0)), (1, Gen.Choose(-200, 200)))
        from buy in Gen.Elements(true, false)
        from quantity in Gen.Choose(1, 500)
        select new VarCase(limits, minObservations, spy, qqq, qqqQuantity, spyPosition, buy, quantity);

    [Fact]
    public void Var_approves_exactly_when_the_nearest_rank_historical_var_is_within_the_limit_and_a_tighter_limit_approves_less() =>
        Check.One(Config, Prop.ForAll(VarCases.ToArbitrary(), c =>
        {
            var loose = new VarGate(Math.Max(c.LimitBps.A, c.LimitBps.B) / 10_000m, Math.Min(c.MinObservations.A, c.MinObservations.B));
            var tight = new VarGate(Math.Min(c.LimitBps.A, c.LimitBps.B) / 10_000m, Math.Max(c.MinObservations.A, c.MinObservations.B));
            var history = new RiskHistory().WithReturns(Checks.Spy.Id, c.SpyReturns).WithReturns(Qqq.Id, c.QqqReturns);
            var check = Checks.Of(c.Buy ? OrderSide.Buy : OrderSide.Sell, c.SpyPosition, value: c.Quantity * 100m, quantity: c.Quantity, history: history,
                positions: [new PositionExposure(Qqq.Id, c.QqqQuantity, 100m), new PositionExposure(Checks.Spy.Id, c.SpyPosition, 100m)]);

            foreach (var gate in new[] { tight, loose })
            {
                var verdict = gate.Evaluate(check);
                if (!check.IsEntry) verdict.IsApproved.ShouldBeTrue();
                else if (ReferenceVar(check, gate.MinObservations) is { } valueAtRisk) verdict.IsApproved.ShouldBe(valueAtRisk <= gate.LimitFraction * 100_000m);
                else verdict.IsDataMissing.ShouldBeTrue();
            }
            if (tight.Evaluate(check).IsApproved) loose.Evaluate(check).IsApproved.ShouldBeTrue();
        }));

    /// <summary>Straight from the definition, with LINQ: null when an instrument held after the order has too few returns.</summary>
    private static decimal? ReferenceVar(RiskCheck check, int minObservations)
    {
        var held = check.Account.Positions!.Where(p => p.Instrument != check.Instrument.Id && p.Quantity != 0)
            .Select(p => (p.Instrument, Value: p.Quantity * p.Price!.Value))
            .Append((Instrument: check.Instrument.Id, Value: check.PositionAfter!.Value * check.ReferencePrice!.Value))
            .Where(h => h.Value != 0)
            .Select(h => (h.Value, Returns: check.History.DailyReturns(h.Instrument)))
            .ToList();
        if (held.Count == 0) return 0m;
        if (held.Any(h => h.Returns.Count < minObservations)) return null;
        var days = held.Min(h => h.Returns.Count);
        var scenarios = Enumerable.Range(0, days)
            .Select(d => held.Sum(h => h.Value * (decimal)h.Returns[h.Returns.Count - days + d]))
            .Order()
            .ToList();
        var rank = (int)Math.Ceiling(0.05m * days);
        return -scenarios[rank - 1];
    }

    private sealed record BudgetCase((int A, int B) BudgetBps, (int A, int B) DefaultStopBps, int QqqQuantity, int QqqPriceCents, int? QqqStopDistance,
        int TltQuantity, int OrderQuantity, int? StopBps, bool Buy);

    private static readonly Gen<BudgetCase> BudgetCases =
        from budgets in Pair(1, 500)
        from stops in Pair(50, 1000)
        from qqqQuantity in Gen.Choose(-500, 500)
        from qqqPrice in Gen.Choose(5_000, 30_000)
        from qqqStop in Gen.Frequency((1, Gen.Constant((int?)null)), (2, Gen.Choose(1, 20).Select(d => (int?)d)))
        from tltQuantity in Gen.Choose(0, 1000)
        from orderQuantity in Gen.Choose(1, 1000)
        from stopBps in Gen.Frequency((1, Gen.Constant((int?)null)), (2, Gen.Choose(-1000, 1000).Select(b => (int?)b)))
        from buy in Gen.Elements(true, false)
        select new BudgetCase(budgets, stops, qqqQuantity, qqqPrice, qqqStop, tltQuantity, orderQuantity, stopBps, buy);

    [Fact]
    public void Strategy_risk_budget_approves_exactly_within_budget_and_a_smaller_budget_or_wider_default_stop_approves_less() =>
        Check.One(Config, Prop.ForAll(BudgetCases.ToArbitrary(), c =>
        {
            var loose = new StrategyRiskBudgetGate(Math.Max(c.BudgetBps.A, c.BudgetBps.B) / 10_000m, Math.Min(c.DefaultStopBps.A, c.DefaultStopBps.B) / 10_000m);
            var tight = new StrategyRiskBudgetGate(Math.Min(c.BudgetBps.A, c.BudgetBps.B) / 10_000m, Math.Max(c.DefaultStopBps.A, c.DefaultStopBps.B) / 10_000m);
            var history = new RiskHistory();
            history.RecordEntry(Qqq.Id, TestStrategy, c.QqqStopDistance);
            history.RecordEntry(Tlt.Id, OtherStrategy, null);
            var qqqPrice = c.QqqPriceCents / 100m;
            var check = Checks.Of(c.Buy ? OrderSide.Buy : OrderSide.Sell, 0m, value: c.OrderQuantity * 100m, quantity: c.OrderQuantity, history: history,
                positions: [new PositionExposure(Qqq.Id, c.QqqQuantity, qqqPrice), new PositionExposure(Tlt.Id, c.TltQuantity, 50m)])
                with { StopLossPrice = c.StopBps is { } bps ? 100m * (1m + (bps / 10_000m)) : null };

            foreach (var gate in new[] { tight, loose })
            {
                var positionRisk = c.QqqStopDistance is { } d ? Math.Abs(c.QqqQuantity) * d : Math.Abs(c.QqqQuantity) * qqqPrice * gate.DefaultStopFraction;
                var orderStop = c.StopBps is { } stopBps ? Math.Abs(stopBps) / 10_000m : gate.DefaultStopFraction;
                var risk = positionRisk + (c.OrderQuantity * 100m * orderStop);
                gate.Evaluate(check).IsApproved.ShouldBe(risk <= gate.BudgetFraction * 100_000m, $"risk {risk}");
            }
            if (tight.Evaluate(check).IsApproved) loose.Evaluate(check).IsApproved.ShouldBeTrue();
        }));
}
