using Ouroboros.Backtest.Engine;
using Ouroboros.Brokers.Simulated;
using Ouroboros.Core.Kernel;
using Ouroboros.Core.Sizing;
using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Calendars;
using Ouroboros.Domain.Venues;
using Ouroboros.Risk.Engine;
using Ouroboros.Risk.Policy;
using Ouroboros.Strategies;

namespace Ouroboros.Benchmarks.WholeRun;

/// <summary>
/// W5: what the house rules cost. The same sma-cross 10/30 backtest over a synthetic KRX universe, once with
/// <see cref="RiskEngine.None"/> (as <c>--no-risk</c>) and once as a default backtest runs it: the full
/// <see cref="StandardRiskEngine"/> chain at the hard policy limits and its exit rules (stop loss, trailing stop, take
/// profit). Both runs use the KRX calendar, as BacktestService does for KRX data with or without risk. The VIX is a calm constant (<see cref="VixLevel"/>), so the VIX halt never fires;
/// with <see cref="SizingPercent"/>% of equity per entry the whole universe held at once stays under the exposure limit,
/// so most orders are approved and both runs do comparable work. KRX venue model (commission, sell tax), next-open fills.
/// </summary>
public static class RiskOverheadWorkload
{
    public const decimal InitialCash = 100_000_000m;
    public const decimal SizingPercent = 5m;
    public const decimal VixLevel = 15m;

    /// <summary>
    /// The backtest with the house rules of <paramref name="env"/>, or without any when it is null; a fresh strategy
    /// and a fresh risk engine every call (the environment only holds the limits and the VIX series, built once).
    /// </summary>
    public static BacktestSpec Spec(IReadOnlyList<BarSeries> universe, RiskEnvironment? env)
    {
        ArgumentNullException.ThrowIfNull(universe);
        var parameters = new Dictionary<string, string>
        {
            ["fast"] = SmaCrossWorkload.Fast.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["slow"] = SmaCrossWorkload.Slow.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        var (strategy, bound) = BuiltInStrategies.Create(SmaCrossStrategy.StrategyName, parameters);
        var models = universe.Select(s => VenueRules.Model(s.Instrument.Venue, null)).ToArray();
        var sizing = SizingPolicy.Parse(FormattableString.Invariant($"percent:{SizingPercent}"));
        return new BacktestSpec(universe, strategy, SmaCrossStrategy.StrategyName, bound.Values, InitialCash, models,
            FillPolicy.NextOpen, sizing, env is null ? RiskEngine.None : StandardRiskEngine.Create(env, backtest: true))
        {
            // As BacktestService does: the venue's calendar whether or not risk is on; exit rules only with risk.
            Calendar = MarketCalendars.Krx,
            Exits = env is null ? null : StandardRiskEngine.Exits(env),
        };
    }

    /// <summary>Hard policy limits, a calm VIX covering the universe's dates, the KRX calendar, no blackout windows.</summary>
    public static RiskEnvironment RiskEnvironmentFor(IReadOnlyList<BarSeries> universe)
    {
        ArgumentNullException.ThrowIfNull(universe);
        var vix = KrxSyntheticUniverse.CalmVix(universe.Min(s => s.First!.Value), universe.Max(s => s.Last!.Value), VixLevel);
        return new RiskEnvironment(RiskPolicy.Hard, vix, MarketCalendars.Krx, []);
    }

    public static Task<KernelResult> RunAsync(IReadOnlyList<BarSeries> universe, RiskEnvironment? env, CancellationToken cancellationToken = default) =>
        BacktestRunner.RunAsync(Spec(universe, env), null, cancellationToken);
}
