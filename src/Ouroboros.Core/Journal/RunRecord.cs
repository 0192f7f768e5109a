using Ouroboros.Domain.Events;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Portfolio;
using Ouroboros.Domain.Primitives;
using Ouroboros.Risk.Events;

namespace Ouroboros.Core.Journal;

/// <summary>
/// Everything stored about one run (backtest, paper or live session): what was run, with which parameters,
/// what happened (orders, fills, trades, equity, risk decisions) and the resulting metrics.
/// <see cref="RiskEvents"/> (state changes, alerts, exit signals) is optional so records built before risk events
/// existed keep compiling; null and empty mean the same thing (read back as empty).
/// </summary>
public sealed record RunRecord(
    RunSummary Summary,
    IReadOnlyDictionary<string, string> Parameters,
    IReadOnlyList<OrderSnapshot> Orders,
    IReadOnlyList<Fill> Fills,
    IReadOnlyList<ClosedTrade> Trades,
    IReadOnlyList<EquityPoint> Equity,
    IReadOnlyList<RiskDecision> RiskDecisions,
    string ResultJson,
    IReadOnlyList<RiskEvent>? RiskEvents = null);

/// <summary>The one-line view of a run for listings.</summary>
public sealed record RunSummary(
    RunId Id,
    string Kind,
    string Strategy,
    string DataSources,
    DateTimeOffset CreatedAt,
    DateTimeOffset? From,
    DateTimeOffset? To,
    bool RiskEnabled,
    IReadOnlyDictionary<string, double?> Metrics);
