using FsCheck;
using FsCheck.Fluent;
using Ouroboros.Risk.Exits;
using Ouroboros.Risk.Tests.Support;

namespace Ouroboros.Risk.Tests.Exits;

/// <summary>
/// On any price path, long or short, at any leverage and with or without the intent's levels: a signal only comes
/// when its level was actually crossed, a crossed stop is never missed and always wins, and a position signals at most
/// once between re-arms.
/// </summary>
public sealed class PositionExitRulesProperties
{
    private const decimal StopLoss = -0.02m, Trailing = 0.03m, TakeProfit = 0.06m, MaxMarginLoss = 0.06m;

    private sealed record PathCase(Rules Rules, int Direction, decimal Average, int Leverage, int? StopBps, int? TakeProfitBps, (int Bps, bool Rearm)[] Steps);

    private sealed record Rules(decimal StopLoss, decimal Trailing, decimal TakeProfit, decimal MaxMarginLoss);

    /// <summary>The policy's rules half the time; otherwise any rules, including stops wider than the trailing stop.</summary>
    private static readonly Gen<Rules> AnyRules = Gen.Frequency(
        (1, Gen.Constant(new Rules(StopLoss, Trailing, TakeProfit, MaxMarginLoss))),
        (1, from stop in Gen.Choose(50, 1500) from trail in Gen.Choose(50, 800) from take in Gen.Choose(50, 2000) from margin in Gen.Choose(50, 3000)
            select new Rules(-stop / 10_000m, trail / 10_000m, take / 10_000m, margin / 10_000m)));

    private static readonly Gen<PathCase> Cases =
        from rules in AnyRules
        from direction in Gen.Elements(1, -1)
        from averageCents in Gen.Choose(1_000, 100_000)
        from leverage in Gen.Frequency((2, Gen.Constant(1)), (1, Gen.Choose(1, 20)))
        from stopBps in Gen.Frequency((2, Gen.Constant((int?)null)), (1, Gen.Choose(0, 500).Select(b => (int?)b)))
        from takeProfitBps in Gen.Frequency((2, Gen.Constant((int?)null)), (1, Gen.Choose(1, 1500).Select(b => (int?)b)))
        from steps in (from bps in Gen.Choose(-250, 250) from rearm in Gen.Elements(false, false, true) select (bps, rearm)).ArrayOf()
        select new PathCase(rules, direction, averageCents / 100m, leverage, stopBps, takeProfitBps, steps);

    [Fact]
    public void Exit_rules_signal_only_past_their_levels_never_miss_a_stop_and_signal_once_between_rearms() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(1_000), Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var rules = new PositionExitRules(c.Rules.StopLoss, c.Rules.Trailing, c.Rules.TakeProfit, c.Rules.MaxMarginLoss);
            var instrument = Checks.Spy.Id;
            var d = c.Direction;
            var avg = c.Average;
            // The intent's levels sit on the protective side of the entry: a stop below a long, a take profit above it.
            decimal? intentStop = c.StopBps is { } s ? avg * (1m - (d * s / 10_000m)) : null;
            decimal? intentTakeProfit = c.TakeProfitBps is { } t ? avg * (1m + (d * t / 10_000m)) : null;
            rules.OnPositionOpened(instrument, d, avg, c.Leverage, intentStop, intentTakeProfit);

            // The levels, computed independently of the class.
            var fraction = rules.EffectiveStopFraction(c.Leverage); // pinned by the property below
            var defaultStop = avg * (1m - (d * fraction));
            var stop = intentStop is { } i ? (d > 0 ? Math.Max(i, defaultStop) : Math.Min(i, defaultStop)) : defaultStop;
            var takeProfit = intentTakeProfit ?? avg * (1m + (d * c.Rules.TakeProfit));
            bool AtOrBeyond(decimal price, decimal level) => d > 0 ? price <= level : price >= level; // adverse side
            bool AtOrPast(decimal price, decimal level) => d > 0 ? price >= level : price <= level;   // favourable side

            var price = avg;
            var best = avg;
            var pending = false;
            foreach (var (bps, rearm) in c.Steps)
            {
                price = Math.Max(0.01m, Math.Round(price * (1m + (bps / 10_000m)), 6));
                best = d > 0 ? Math.Max(best, price) : Math.Min(best, price);
                var trail = best * (1m - (d * c.Rules.Trailing));
                var trailArmed = d > 0 ? best > avg : best < avg;
                var signal = rules.OnPrice(instrument, price, Checks.T0);

                if (pending)
                {
                    signal.ShouldBeNull("a working exit must not be signalled again");
                }
                else if (AtOrBeyond(price, stop))
                {
                    signal.ShouldNotBeNull($"close {price} crossed the stop {stop}").Rule.ShouldBe(ExitSignal.StopLossRule);
                    signal.TriggerPrice.ShouldBe(stop);
                }
                else if (trailArmed && AtOrBeyond(price, trail))
                {
                    signal.ShouldNotBeNull($"close {price} crossed the trailing stop {trail}").Rule.ShouldBe(ExitSignal.TrailingStopRule);
                    signal.TriggerPrice.ShouldBe(trail);
                }
                else if (AtOrPast(price, takeProfit))
                {
                    signal.ShouldNotBeNull($"close {price} reached the take profit {takeProfit}").Rule.ShouldBe(ExitSignal.TakeProfitRule);
                }
                else
                {
                    signal.ShouldBeNull($"close {price} is inside stop {stop}, trailing {trail} (armed {trailArmed}) and take profit {takeProfit}");
                }

                if (signal is not null)
                {
                    signal.Price.ShouldBe(price);
                    pending = true;
                }
                if (rearm)
                {
                    rules.Rearm(instrument);
                    pending = false;
                }
            }
        }));

    [Fact]
    public void A_stop_never_fires_while_the_close_is_on_the_safe_side_of_the_effective_stop() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(1_000), Prop.ForAll(
            (from direction in Gen.Elements(1, -1) from leverage in Gen.Choose(1, 50) from bps in Gen.Choose(-300, 300) select (direction, leverage, bps)).ToArbitrary(),
            c =>
            {
                var rules = new PositionExitRules(StopLoss, Trailing, TakeProfit, MaxMarginLoss);
                rules.OnPositionOpened(Checks.Spy.Id, c.direction, 100m, c.leverage, null, null);
                var price = 100m * (1m + (c.bps / 10_000m));
                var stop = 100m * (1m - (c.direction * rules.EffectiveStopFraction(c.leverage)));
                var signal = rules.OnPrice(Checks.Spy.Id, price, Checks.T0);
                var safe = c.direction > 0 ? price > stop : price < stop;

                (signal?.Rule == ExitSignal.StopLossRule).ShouldBe(!safe);
                var fraction = rules.EffectiveStopFraction(c.leverage);
                (fraction * c.leverage).ShouldBeLessThanOrEqualTo(MaxMarginLoss);
                fraction.ShouldBe(Math.Min(-StopLoss, MaxMarginLoss / c.leverage), 1e-12m);
            }));
}
