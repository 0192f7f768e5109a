namespace Ouroboros.Analytics.Statistics;

/// <summary>
/// Return of one calendar month (UTC): last equity of the month / last equity of the previous month − 1
/// (the first month is measured from the initial cash). Null when the starting equity is not positive.
/// </summary>
public sealed record MonthlyReturn(int Year, int Month, double? Return);
