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
/// W1: the built-in sma-cross strategy (fast 10, slow 30) on one instrument through <see cref="BacktestRunner"/>,
/// exactly as <c>ouroboros backtest --strategy sma-cross --sizing fixed:100 --commission-pct 0.1 --no-risk</c> runs it:
/// simulated broker with next-open fills and the generic 0.1% commission model, risk gates off, and cash large enough
/// that no order is ever refused for cash.
/// </summary>
public static class SmaCrossWorkload
{
    public const int Fast = 10;
    public const int Slow = 30;
    public const decimal Shares = 100m;
    public const decimal CommissionRate = 0.001m;
    public const decimal InitialCash = 1_000_000_000m;

    public static BacktestSpec Spec(BarSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var parameters = new Dictionary<string, string>
        {
            ["fast"] = Fast.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["slow"] = Slow.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        var (strategy, bound) = BuiltInStrategies.Create(SmaCrossStrategy.StrategyName, parameters);
        return new BacktestSpec([series], strategy, SmaCrossStrategy.StrategyName, bound.Values, InitialCash,
            [GenericVenue.Model(CommissionRate)], FillPolicy.NextOpen, SizingPolicy.Parse("fixed:100"), RiskEngine.None);
    }

    /// <summary>One whole run on a fresh strategy, broker and kernel.</summary>
    public static Task<KernelResult> RunAsync(BarSeries series, Action<int, int>? progress = null, CancellationToken cancellationToken = default) =>
        BacktestRunner.RunAsync(Spec(series), progress, cancellationToken);
}
