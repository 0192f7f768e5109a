using Ouroboros.Backtest.Engine;
using Ouroboros.Brokers.Simulated;
using Ouroboros.Core.Kernel;
using Ouroboros.Core.Sizing;
using Ouroboros.Core.Strategies;
using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Venues;
using Ouroboros.Domain.Orders;
using Ouroboros.Risk.Engine;

namespace Ouroboros.Strategies.Tests.Support;

/// <summary>Runs strategies through the real kernel and simulated broker.</summary>
internal static class Backtests
{
    public static Task<KernelResult> Run(
        IStrategy strategy,
        IReadOnlyList<BarSeries> series,
        FillPolicy fills = FillPolicy.NextOpen,
        SizingPolicy? sizing = null,
        decimal cash = 100_000m,
        IReadOnlyList<VenueModel>? models = null,
        RiskEngine? risk = null) =>
        BacktestRunner.RunAsync(new BacktestSpec(
            series, strategy, strategy.Name, new Dictionary<string, string>(), cash,
            models ?? [.. series.Select(_ => GenericVenue.Model(0m))],
            fills, sizing ?? SizingPolicy.AllInPolicy, risk ?? RiskEngine.None));

    public static Task<KernelResult> Run(IStrategy strategy, BarSeries series, FillPolicy fills = FillPolicy.NextOpen) =>
        Run(strategy, [series], fills);

    /// <summary>Positions (by instrument id) after each distinct fill time, replayed from the fills.</summary>
    public static IEnumerable<(DateTimeOffset Time, IReadOnlyDictionary<string, decimal> Positions)> PositionsOverTime(KernelResult result)
    {
        var positions = new Dictionary<string, decimal>();
        foreach (var group in result.Fills.GroupBy(f => f.Time).OrderBy(g => g.Key))
        {
            foreach (var fill in group)
            {
                var signed = fill.Side == OrderSide.Buy ? fill.Quantity : -fill.Quantity;
                positions[fill.Instrument.Value] = positions.GetValueOrDefault(fill.Instrument.Value) + signed;
            }
            yield return (group.Key, new Dictionary<string, decimal>(positions));
        }
    }
}
