namespace Ouroboros.Benchmarks.WholeRun.Agent;

/// <summary>The in-process kill of a restart measurement (thrown by <see cref="SendLatencyProbe"/>).</summary>
public sealed class BenchCrashException(string message) : Exception(message);
