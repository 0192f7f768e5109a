namespace Ouroboros.Application.Indicators;

/// <summary>One bar's values, one per column of <see cref="ComputeIndicatorsResult.Columns"/>; null while an indicator warms up.</summary>
public sealed record IndicatorRow(DateTimeOffset Time, IReadOnlyList<double?> Values);
