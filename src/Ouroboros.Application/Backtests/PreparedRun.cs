using Ouroboros.Application.Brain;
using Ouroboros.Backtest.Engine;
using Ouroboros.Core.Strategies;
using Ouroboros.MarketData;
using Ouroboros.Risk.Engine;

namespace Ouroboros.Application.Backtests;

/// <summary>
/// What a run is built from, once the data is loaded and the strategy bound. <see cref="NewStrategy"/> builds a fresh
/// strategy of the same kind (what-if replays, restarts).
/// </summary>
public sealed record PreparedRun(
    BacktestSpec Spec,
    IReadOnlyList<LoadedSeries> Loaded,
    BrainRun? Brain,
    StrategyParameters Parameters,
    RiskEnvironment? RiskEnvironment,
    int WarmUpBars,
    string? WarmUpWarning,
    Func<IStrategy> NewStrategy)
{
    /// <summary>The strategy parameter that needs the most bars before a signal (e.g. slow=200); null when none is counted in bars.</summary>
    public (string Name, long Bars)? LongestLookBack { get; init; }
}
