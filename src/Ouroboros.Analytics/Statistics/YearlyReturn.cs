namespace Ouroboros.Analytics.Statistics;

/// <summary>
/// Return of one calendar year (UTC): last equity of the year / last equity of the previous year − 1
/// (the first year is measured from the initial cash). A partial first or last year covers only the part traded; null when the starting equity is not positive.
/// </summary>
public sealed record YearlyReturn(int Year, double? Return);
