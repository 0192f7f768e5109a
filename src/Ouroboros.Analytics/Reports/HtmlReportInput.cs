using Ouroboros.Analytics.Statistics;
using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Events;
using Ouroboros.Risk.Events;

namespace Ouroboros.Analytics.Reports;

/// <summary>Everything the HTML report shows.</summary>
/// <param name="Run">Header: strategy, parameters, data, risk on/off.</param>
/// <param name="Statistics">The computed statistics of <paramref name="Data"/>.</param>
/// <param name="Data">The run's equity curve, trades, fills and benchmark (the same input the statistics came from).</param>
/// <param name="RiskDecisions">Every risk verdict of the run (approvals are counted, denials listed).</param>
/// <param name="Prices">Bars of the (first) traded instrument, drawn with the fills in that instrument as buy/sell markers.</param>
public sealed record HtmlReportInput(
    RunInfo Run,
    PerformanceStatistics Statistics,
    StatisticsInput Data,
    IReadOnlyList<RiskDecision> RiskDecisions,
    BarSeries? Prices = null)
{
    /// <summary>Per-rule impact with what-if replays; null when not computed.</summary>
    public RiskReport? Risk { get; init; }

    /// <summary>Trading-state changes, alerts and exit signals of the run.</summary>
    public IReadOnlyList<RiskEvent> RiskEvents { get; init; } = [];
}
