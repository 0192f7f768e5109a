namespace Ouroboros.Benchmarks.WholeRun;

/// <summary>W4: nanoseconds per Update(in Bar) of one indicator, called directly and through IIndicator.</summary>
public sealed record IndicatorFigure(string Spec, long Updates, Summary NsDirect, Summary NsViaInterface);
