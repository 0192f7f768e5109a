using Ouroboros.Domain.Intents;
using Ouroboros.Domain.Playbooks;
using Ouroboros.Strategies.Scanning;

namespace Ouroboros.Strategies.Planning;

/// <summary>
/// The three BUY templates of the rules planner. Each fits a state of the pick's last bar and writes a condition the
/// scenario engine checks bar by bar during the day, so entry waits for confirmation rather than buying the open.
/// </summary>
public static class ScenarioTemplates
{
    public const string Bounce = "bounce";
    public const string Breakout = "breakout";
    public const string Trend = "trend";

    /// <summary>Oversold bounce: fits RSI14 ≤ 35; buys an up bar (change > 0.5 %, close > open) while RSI14 is still below 40.</summary>
    public static ScenarioDefinition? OversoldBounce(InstrumentSnapshot s, PlaybookStance stance, RulesPlannerOptions options)
    {
        ArgumentNullException.ThrowIfNull(s);
        if (s.Rsi14 > 35) return null;
        var confidence = stance == PlaybookStance.Bearish ? 0.45 : 0.55;
        return Buy(s, Bounce, "rsi14 < 40 && change_pct > 0.5 && close > open", confidence, options,
            $"oversold bounce: rsi14 {Figures.F1(s.Rsi14)} <= 35 after a {Figures.F2(s.ChangePct)}% day, close {Figures.Price(s.Close)} vs sma20 {Figures.Price(s.Sma20)}; buy a confirmed up bar while rsi14 < 40");
    }

    /// <summary>
    /// Momentum breakout: fits RSI14 in [50, 80) with the close within 3 % of the 20-bar high; buys a close above that
    /// high on above-average volume. Never in a Bearish stance.
    /// </summary>
    public static ScenarioDefinition? MomentumBreakout(InstrumentSnapshot s, PlaybookStance stance, RulesPlannerOptions options)
    {
        ArgumentNullException.ThrowIfNull(s);
        if (stance == PlaybookStance.Bearish || s.Rsi14 is < 50 or >= 80 || s.Close < s.Highest20 * 0.97m) return null;
        var level = s.Highest20;
        var confidence = stance == PlaybookStance.Bullish ? 0.6 : 0.5;
        return Buy(s, Breakout, $"close > {PriceLevels.Literal(level)} && volume_ratio > 1.2 && rsi14 < 80", confidence, options,
            $"momentum breakout: close {Figures.Price(s.Close)} within 3% of the 20-bar high {Figures.Price(level)}, rsi14 {Figures.F1(s.Rsi14)}, volume ratio {Figures.F2(s.VolumeRatio)}; buy a close above the high on volume");
    }

    /// <summary>Trend following: fits close > SMA20 > SMA50 with RSI14 below 70; buys while that order holds and RSI14 is in (45, 70).</summary>
    public static ScenarioDefinition? TrendFollowing(InstrumentSnapshot s, PlaybookStance stance, RulesPlannerOptions options)
    {
        ArgumentNullException.ThrowIfNull(s);
        if (s.Sma50 is not { } sma50 || !((double)s.Close > s.Sma20 && s.Sma20 > sma50) || s.Rsi14 >= 70) return null;
        var confidence = stance switch
        {
            PlaybookStance.Bullish => 0.55,
            PlaybookStance.Bearish => 0.35,
            _ => 0.45,
        };
        return Buy(s, Trend, "close > sma20 && sma20 > sma50 && rsi14 > 45 && rsi14 < 70", confidence, options,
            $"trend following: close {Figures.Price(s.Close)} > sma20 {Figures.Price(s.Sma20)} > sma50 {Figures.Price(sma50)}, rsi14 {Figures.F1(s.Rsi14)}; buy while the trend holds and rsi14 is in (45, 70)");
    }

    /// <summary>Every template that fits, most confident first (ties in template order).</summary>
    public static IReadOnlyList<ScenarioDefinition> Fitting(InstrumentSnapshot s, PlaybookStance stance, RulesPlannerOptions options) =>
        new[] { OversoldBounce(s, stance, options), MomentumBreakout(s, stance, options), TrendFollowing(s, stance, options) }
            .OfType<ScenarioDefinition>()
            .OrderByDescending(d => d.Confidence)
            .ToArray();

    internal static string IdFor(InstrumentSnapshot s, string template) => $"{s.Instrument.Id.Value}:{template}";

    private static ScenarioDefinition Buy(InstrumentSnapshot s, string template, string condition, double confidence, RulesPlannerOptions options, string rationale)
    {
        ArgumentNullException.ThrowIfNull(options);
        var stop = PriceLevels.Below(s, options.StopAtr);
        var take = PriceLevels.Above(s, options.TakeProfitAtr);
        var levels = $"; stop {(stop is { } sl ? Figures.Price(sl) : "none")} / take profit {Figures.Price(take)} from close {Figures.Price(s.Close)} and atr14 {Figures.Price(s.Atr14)}";
        return new ScenarioDefinition(IdFor(s, template), s.Instrument.Id, condition, IntentAction.Buy, confidence, options.Allocation, stop, take, rationale + levels);
    }
}
