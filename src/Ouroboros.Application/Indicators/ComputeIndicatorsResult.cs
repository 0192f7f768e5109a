using Ouroboros.Domain.Bars;
using Ouroboros.Indicators.Specs;

namespace Ouroboros.Application.Indicators;

/// <summary>
/// The indicators over <see cref="Series"/>: one column per indicator line, in the order the specs were given.
/// <see cref="Rows"/> is computed as it is enumerated (a long file streams row by row); each enumeration starts the
/// indicators afresh.
/// </summary>
public sealed record ComputeIndicatorsResult(BarSeries Series, IReadOnlyList<IndicatorSpec> Specs, IReadOnlyList<string> Columns, IEnumerable<IndicatorRow> Rows)
{
    /// <summary>True when the bars are intraday (times matter), false for daily or longer bars (dates suffice).</summary>
    public bool Intraday => Series.Interval.IsIntraday;
}
