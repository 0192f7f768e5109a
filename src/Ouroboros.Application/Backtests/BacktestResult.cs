using Ouroboros.MarketData;
using Ouroboros.Analytics.Reports;
using Ouroboros.Analytics.Statistics;
using Ouroboros.Core.Kernel;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Application.Backtests;

/// <summary>A finished backtest: the raw run, its statistics, the JSON report and where things were written (<see cref="Journal"/>: the journal as configured).</summary>
public sealed record BacktestResult(
    RunId RunId,
    KernelResult Run,
    PerformanceStatistics Statistics,
    string Json,
    string? ReportPath,
    bool Saved,
    IReadOnlyList<LoadedSeries> Data,
    string Journal)
{
    /// <summary>Per-rule denials and what-if replays; null unless asked for (a risk report or an HTML report) with risk on.</summary>
    public RiskReport? RiskReport { get; init; }

    /// <summary>What the playbook or LLM strategy did (planner, playbooks by origin, matches, decisions); null for other strategies.</summary>
    public IReadOnlyDictionary<string, object?>? Brain { get; init; }

    /// <summary>The warm-up before the first traded bar (with a warning when the data held fewer bars than asked); null without one.</summary>
    public BacktestWarmUp? WarmUp { get; init; }

    /// <summary>Why a run that placed no order could not trade (see <see cref="Backtests.NoTradeReasons"/>); empty when it traded.</summary>
    public IReadOnlyList<string> NoTradeReasons { get; init; } = [];
}
