namespace Ouroboros.Benchmarks.WholeRun;

/// <summary>Everything one <c>ouroboros bench</c> measured.</summary>
public sealed record BenchReport(bool Quick, MachineInfo Machine, W1Report W1, W2Report W2, IReadOnlyList<IndicatorFigure> Indicators, BaselineReport Baseline, W5Report W5);
