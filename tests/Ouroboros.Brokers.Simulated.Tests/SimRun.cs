using Ouroboros.Backtest.Engine;
using Ouroboros.Brokers.Simulated;
using Ouroboros.Core.Kernel;
using Ouroboros.Core.Sizing;
using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Venues;
using Ouroboros.Risk.Engine;
using Ouroboros.TestKit;

namespace Ouroboros.Brokers.Simulated.Tests;

/// <summary>Runs a scripted strategy through the real kernel, replay source and simulated broker.</summary>
internal static class SimRun
{
    public static Task<KernelResult> RunAsync(ScriptedStrategy strategy, IReadOnlyList<BarSeries> series, FillPolicy policy = FillPolicy.NextOpen,
        decimal cash = 100_000m, VenueModel? model = null, SizingPolicy? sizing = null, RiskEngine? risk = null)
    {
        var models = series.Select(_ => model ?? GenericVenue.Model(0m)).ToArray();
        var spec = new BacktestSpec(series, strategy, "scripted", new Dictionary<string, string>(), cash, models, policy,
            sizing ?? SizingPolicy.Parse("fixed:10"), risk ?? RiskEngine.None);
        return BacktestRunner.RunAsync(spec);
    }

    public static Task<KernelResult> RunAsync(ScriptedStrategy strategy, BarSeries series, FillPolicy policy = FillPolicy.NextOpen,
        decimal cash = 100_000m, VenueModel? model = null, SizingPolicy? sizing = null, RiskEngine? risk = null) =>
        RunAsync(strategy, [series], policy, cash, model, sizing, risk);

    public static BarSeries Bars(params (decimal O, decimal H, decimal L, decimal C)[] bars) => BarBuilder.FromOhlc(bars);
}
