namespace Ouroboros.Benchmarks.WholeRun;

/// <summary>A timed run produced different results than the reference run; its timing is not reported.</summary>
public sealed class BenchCorrectnessException(string message) : Exception(message);
