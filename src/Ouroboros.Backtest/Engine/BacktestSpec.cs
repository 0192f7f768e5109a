using Ouroboros.Backtest.Simulation;
using Ouroboros.Core.Sizing;
using Ouroboros.Core.Strategies;
using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Fees;
using Ouroboros.Risk.Engine;

namespace Ouroboros.Backtest.Engine;

/// <summary>One backtest: data, strategy, account, venue models, fills, sizing and risk gates.</summary>
public sealed record BacktestSpec(
    IReadOnlyList<BarSeries> Series,
    IStrategy Strategy,
    string StrategyName,
    IReadOnlyDictionary<string, string> Parameters,
    decimal InitialCash,
    IReadOnlyList<BrokerModel> BrokerModels,
    FillPolicy FillPolicy,
    SizingPolicy Sizing,
    RiskEngine Risk,
    BarSeries? Benchmark = null)
{
    public bool RiskEnabled => Risk.IsEnabled;
}
