using Ouroboros.Risk.Exits;
using Ouroboros.Risk.Policy;
using Ouroboros.Risk.Gates;
using Ouroboros.Risk.Triggers;

namespace Ouroboros.Risk.Engine;

/// <summary>
/// Builds the full gate chain in a fixed order: order validity first (ticks, lots, price band), then who may trade
/// (confidence, leverage, blackout), pace (rate, daily count, cooldowns, streaks), account health (NAV floor, VIX),
/// and finally size and portfolio risk (fat finger, notional, concentration, exposure, budget, VaR). The first denial
/// wins, so a user sees the most basic reason. <paramref name="without"/> removes rules by name for what-if replays.
/// </summary>
public static class StandardRiskEngine
{
    /// <summary>Rules a what-if replay can switch off besides the gates: the daily P&amp;L triggers and the exit rules.</summary>
    public const string ExitRules = "exit_rules";

    public static RiskEngine Create(RiskEnvironment env, bool backtest, IReadOnlySet<string>? without = null)
    {
        ArgumentNullException.ThrowIfNull(env);
        var l = env.Limits;
        var off = without ?? new HashSet<string>();
        var limits = l with
        {
            CircuitBreaker = off.Contains(DailyPnlTrigger.CircuitBreaker) ? -1m : l.CircuitBreaker,
            DailyLossLimit = off.Contains(DailyPnlTrigger.DailyLossLimit) ? -1m : l.DailyLossLimit,
        };
        IRiskGate[] all =
        [
            new TickLotGate(),
            new PriceBandGate(l.PriceBandFraction),
            new MinConfidenceGate(l.MinConfidence),
            new LeverageGate(l.MaxLeverage),
            new BlackoutGate(l.BlackoutAfterOpen, l.BlackoutBeforeClose, env.Calendar, env.BlackoutWindows),
            new OrderRateGate(l.MaxOrdersPerMinute),
            new DailyOrderCountGate(l.MaxOrdersPerDay),
            new ReentryCooldownGate(l.ReentryCooldown),
            new LosingStreakGate(l.LosingStreakLength, l.LosingStreakPause),
            new NavFloorGate(l.NavFloorFraction),
            new VixHaltGate(l.VixHaltLevel, l.VixMaxAge, env.Vix, RiskEnvironment.VixVenues),
            new FatFingerGate(l.FatFingerFractionOfCash),
            new MaxNotionalGate(l.MaxNotional),
            new ConcentrationGate(l.MaxPositionFraction),
            new ExposureGate(l.MaxExposureFraction),
            // The budget assumes the hard stop even when configuration tightens the stop: the stop is soft (checked at
            // bar closes, filled at the next open), so a tighter stop must never let a strategy put more at risk.
            new StrategyRiskBudgetGate(l.StrategyRiskBudgetFraction, Math.Max(Math.Abs(l.StopLoss), Math.Abs(RiskPolicy.Hard.StopLoss))),
            new VarGate(l.VarLimitFraction, l.VarMinObservations),
        ];
        return new RiskEngine(all.Where(g => !off.Contains(g.Name)), limits, resumeHaltsAtNextTradingDay: backtest);
    }

    public static PositionExitRules? Exits(RiskEnvironment env, IReadOnlySet<string>? without = null)
    {
        ArgumentNullException.ThrowIfNull(env);
        if (without?.Contains(ExitRules) == true) return null;
        var l = env.Limits;
        return new PositionExitRules(l.StopLoss, l.TrailingStop, l.TakeProfit, l.MaxMarginLossFraction);
    }
}
