namespace Ouroboros.Analytics.Reports;

/// <summary>What was run: shown in the HTML header and merged into the JSON report by <see cref="ToMetadata"/>.</summary>
/// <param name="Strategy">Strategy name, e.g. "sma-cross".</param>
/// <param name="Parameters">Strategy and run parameters as given (shown verbatim, escaped).</param>
/// <param name="Data">Where the bars came from, e.g. "data/equities/us/yahoo-SPY-daily.csv (1d)".</param>
/// <param name="RiskEnabled">False when the run used --no-risk; the HTML report then shows a prominent banner.</param>
/// <param name="RunId">The journal id of the run, when stored.</param>
/// <param name="Mode">backtest, paper or live.</param>
/// <param name="CreatedAt">When the run was made (from the TimeProvider); optional.</param>
public sealed record RunInfo(
    string Strategy,
    IReadOnlyDictionary<string, string> Parameters,
    string Data,
    bool RiskEnabled,
    string? RunId = null,
    string Mode = "backtest",
    DateTimeOffset? CreatedAt = null)
{
    /// <summary>The run's keys for the top level of the JSON report.</summary>
    public IReadOnlyDictionary<string, object?> ToMetadata() => new Dictionary<string, object?>(StringComparer.Ordinal)
    {
        ["run_id"] = RunId,
        ["mode"] = Mode,
        ["strategy"] = Strategy,
        ["parameters"] = Parameters,
        ["risk_enabled"] = RiskEnabled,
        ["data"] = Data,
        ["created_at"] = CreatedAt,
    };
}
