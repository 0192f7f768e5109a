using Ouroboros.Domain.Primitives;

namespace Ouroboros.Risk.Policy;

/// <summary>
/// Every risk limit in effect, typed. Percents from the policy are held as fractions here (−3% → −0.03).
/// Build it from <see cref="RiskPolicy.Hard"/> or <see cref="RiskPolicy.Tighten"/>, never by hand in production code.
/// </summary>
public sealed record RiskLimits(
    decimal CircuitBreaker,
    decimal FatFingerFractionOfCash,
    IReadOnlyDictionary<Currency, decimal> MaxNotional,
    decimal MaxPositionFraction,
    decimal MaxExposureFraction,
    decimal DailyLossLimit,
    decimal StopLoss,
    decimal TrailingStop,
    decimal TakeProfit,
    TimeSpan ReentryCooldown,
    int LosingStreakLength,
    TimeSpan LosingStreakPause,
    int MaxOrdersPerDay,
    int MaxOrdersPerMinute,
    decimal VarLimitFraction,
    int VarLookbackDays,
    int VarMinObservations,
    decimal StrategyRiskBudgetFraction,
    decimal VixHaltLevel,
    TimeSpan VixMaxAge,
    decimal NavFloorFraction,
    double MinConfidence,
    decimal MaxLeverage,
    decimal MaxMarginLossFraction,
    decimal PriceBandFraction,
    TimeSpan BlackoutAfterOpen,
    TimeSpan BlackoutBeforeClose,
    bool AllowExitsWhenHalted,
    TimeSpan EntryDroughtAlert)
{
    internal static RiskLimits From(Func<string, decimal> value)
    {
        decimal Pct(string key) => value(key) / 100m;
        TimeSpan Minutes(string key) => TimeSpan.FromMinutes((double)value(key));
        int Int(string key) => (int)value(key);
        return new RiskLimits(
            Pct("CircuitBreakerPct"),
            Pct("FatFingerPct"),
            new Dictionary<Currency, decimal>
            {
                [Currency.KRW] = value("MaxNotional:KRW"),
                [Currency.USD] = value("MaxNotional:USD"),
                [Currency.USDT] = value("MaxNotional:USDT"),
            },
            Pct("MaxPositionPct"),
            Pct("MaxExposurePct"),
            Pct("DailyLossLimitPct"),
            Pct("StopLossPct"),
            Pct("TrailingStopPct"),
            Pct("TakeProfitPct"),
            Minutes("ReentryCooldownMinutes"),
            Int("LosingStreakLength"),
            Minutes("LosingStreakPauseMinutes"),
            Int("MaxOrdersPerDay"),
            Int("MaxOrdersPerMinute"),
            Pct("VarLimitPct"),
            Int("VarLookbackDays"),
            Int("VarMinObservations"),
            Pct("StrategyRiskBudgetPct"),
            value("VixHaltLevel"),
            TimeSpan.FromDays((double)value("VixMaxAgeDays")),
            Pct("NavFloorPct"),
            (double)value("MinConfidence") / 100.0,
            value("MaxLeverage"),
            Pct("MaxMarginLossPct"),
            Pct("PriceBandPct"),
            Minutes("BlackoutOpenMinutes"),
            Minutes("BlackoutCloseMinutes"),
            value("AllowExitsWhenHalted") != 0,
            Minutes("EntryDroughtAlertMinutes"));
    }

    /// <summary>
    /// A limit in effect in the policy's own unit (percent, minutes, days, 0/1), so that it compares with
    /// <see cref="LimitDefinition.Hard"/>; the inverse of <see cref="From"/>, kept beside it so the two cannot drift.
    /// Null for a key this build does not know.
    /// </summary>
    public decimal? PolicyValue(string key) => key switch
    {
        "CircuitBreakerPct" => CircuitBreaker * 100m,
        "FatFingerPct" => FatFingerFractionOfCash * 100m,
        "MaxNotional:KRW" => MaxNotional.TryGetValue(Currency.KRW, out var krw) ? krw : null,
        "MaxNotional:USD" => MaxNotional.TryGetValue(Currency.USD, out var usd) ? usd : null,
        "MaxNotional:USDT" => MaxNotional.TryGetValue(Currency.USDT, out var usdt) ? usdt : null,
        "MaxPositionPct" => MaxPositionFraction * 100m,
        "MaxExposurePct" => MaxExposureFraction * 100m,
        "DailyLossLimitPct" => DailyLossLimit * 100m,
        "StopLossPct" => StopLoss * 100m,
        "TrailingStopPct" => TrailingStop * 100m,
        "TakeProfitPct" => TakeProfit * 100m,
        "ReentryCooldownMinutes" => (decimal)ReentryCooldown.TotalMinutes,
        "LosingStreakLength" => LosingStreakLength,
        "LosingStreakPauseMinutes" => (decimal)LosingStreakPause.TotalMinutes,
        "MaxOrdersPerDay" => MaxOrdersPerDay,
        "MaxOrdersPerMinute" => MaxOrdersPerMinute,
        "VarLimitPct" => VarLimitFraction * 100m,
        "VarLookbackDays" => VarLookbackDays,
        "VarMinObservations" => VarMinObservations,
        "StrategyRiskBudgetPct" => StrategyRiskBudgetFraction * 100m,
        "VixHaltLevel" => VixHaltLevel,
        "VixMaxAgeDays" => (decimal)VixMaxAge.TotalDays,
        "NavFloorPct" => NavFloorFraction * 100m,
        "MinConfidence" => Math.Round((decimal)MinConfidence * 100m, 6), // held as a double fraction; round off its binary noise
        "MaxLeverage" => MaxLeverage,
        "MaxMarginLossPct" => MaxMarginLossFraction * 100m,
        "PriceBandPct" => PriceBandFraction * 100m,
        "BlackoutOpenMinutes" => (decimal)BlackoutAfterOpen.TotalMinutes,
        "BlackoutCloseMinutes" => (decimal)BlackoutBeforeClose.TotalMinutes,
        "AllowExitsWhenHalted" => AllowExitsWhenHalted ? 1m : 0m,
        "EntryDroughtAlertMinutes" => (decimal)EntryDroughtAlert.TotalMinutes,
        _ => null,
    };
}
