namespace Ouroboros.Analytics.Reports;

/// <summary>
/// What one risk rule did in a backtest and what it cost or saved: its denials, and a what-if replay of the same
/// backtest with only that rule switched off. <see cref="DeniedIntentsPnl"/> is the net P&amp;L, in the replay, of the
/// round trips opened by the orders this rule denied (open ones marked at the end); <see cref="EquityDelta"/> is the
/// replay's final equity minus the real run's (positive: the rule cost money; negative: it saved money).
/// </summary>
public sealed record RiskRuleImpact(
    string Rule,
    int Denials,
    int DataMissing,
    int? ReplayOrders,
    int? RevivedOrders,
    decimal? DeniedIntentsPnl,
    decimal? FinalEquityWithout,
    decimal? EquityDelta);

/// <summary>The risk section of a backtest: per-rule impact, halts, alerts and exit signals.</summary>
public sealed record RiskReport(
    IReadOnlyList<RiskRuleImpact> Rules,
    int Halts,
    int Alerts,
    int ExitSignals,
    decimal FinalEquity,
    IReadOnlyList<string> AlertMessages);
