namespace Ouroboros.Benchmarks.WholeRun;

/// <summary>Plain loops over the W1 bars: the sum of the closes as decimal (the engine's type) and as double.</summary>
public sealed record BaselineReport(int Bars, Summary SumDecimalNsPerBar, Summary SumDoubleNsPerBar);
