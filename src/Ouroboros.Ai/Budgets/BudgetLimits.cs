namespace Ouroboros.Ai.Budgets;

/// <summary>
/// Daily limits for one provider or one task; null means no limit of that kind. The day is the calendar day in
/// <see cref="ResetZone"/> (UTC by default; Gemini's free tier resets at midnight Pacific).
/// </summary>
public sealed record BudgetLimits(int? CallsPerDay = null, long? TokensPerDay = null, decimal? MoneyPerDay = null, TimeZoneInfo? ResetZone = null)
{
    public static BudgetLimits None { get; } = new();

    public bool IsUnlimited => CallsPerDay is null && TokensPerDay is null && MoneyPerDay is null;
}
