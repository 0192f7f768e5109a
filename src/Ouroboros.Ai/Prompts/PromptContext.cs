namespace Ouroboros.Ai.Prompts;

/// <summary>
/// Everything a prompt may say, as known at <see cref="AsOf"/>: built only by <see cref="PromptContextBuilder"/>,
/// which drops every bar that had not closed by then. <see cref="LocalTime"/> is AsOf in the market's time zone
/// ("2025-03-10 08:30 KST Mon"). Memory lines are oldest first; candidates are in the order of preference.
/// </summary>
public sealed record PromptContext(
    string Market,
    DateTimeOffset AsOf,
    string LocalTime,
    IReadOnlyList<InstrumentContext> Instruments,
    IReadOnlyList<string> RiskLimits,
    IReadOnlyList<string> Memory,
    IReadOnlyList<string> Candidates);
