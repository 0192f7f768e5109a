using Ouroboros.Backtest.Engine;
using Ouroboros.Brokers.Simulated;
using Ouroboros.Core.Kernel;
using Ouroboros.Core.Sizing;
using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Venues;
using Ouroboros.Risk.Engine;
using Ouroboros.Strategies;

namespace Ouroboros.Benchmarks.WholeRun;

/// <summary>
/// W2: the built-in momentum strategy (12-1 ROC, monthly rebalance, ATR sizing with an equal-weight cap, whole
/// shares) over a synthetic universe through <see cref="BacktestRunner"/>, risk gates off, 0.1% generic commission.
/// </summary>
public static class MomentumWorkload
{
    public const decimal CommissionRate = 0.001m;
    public const decimal InitialCash = 10_000_000m;

    public static BacktestSpec Spec(IReadOnlyList<BarSeries> universe, int top)
    {
        ArgumentNullException.ThrowIfNull(universe);
        var parameters = new Dictionary<string, string> { ["top"] = top.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        var (strategy, bound) = BuiltInStrategies.Create(MomentumStrategy.StrategyName, parameters);
        var models = universe.Select(_ => GenericVenue.Model(CommissionRate)).ToArray();
        return new BacktestSpec(universe, strategy, MomentumStrategy.StrategyName, bound.Values, InitialCash, models,
            FillPolicy.NextOpen, SizingPolicy.AllInPolicy, RiskEngine.None);
    }

    public static Task<KernelResult> RunAsync(IReadOnlyList<BarSeries> universe, int top, CancellationToken cancellationToken = default) =>
        BacktestRunner.RunAsync(Spec(universe, top), null, cancellationToken);
}
