using Ouroboros.Indicators.Specs;

namespace Ouroboros.Strategies.Scenarios;

/// <summary>
/// What a name in a condition reads: a bar field (<see cref="FieldIndex"/> ≥ 0) or one line of an indicator.
/// <see cref="Column"/> identifies the value in a <see cref="SnapshotLayout"/>, so <c>volume_ratio</c> and
/// <c>volume_ratio20</c> share one slot and one indicator.
/// </summary>
public sealed record ScenarioValue(string Name, string Column, int FieldIndex, IndicatorSpec? Spec, int Line)
{
    public bool IsField => FieldIndex >= 0;
}
