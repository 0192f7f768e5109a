namespace Ouroboros.Benchmarks.WholeRun.Agent;

/// <summary>Restart after an in-process kill at <see cref="KilledAfterSlices"/>: the runtime's figure and the restart's whole wall time.</summary>
/// <param name="KillAtCheckpointHit">The n-th slice.after-checkpoint hit that threw; <see cref="KilledAfterSlices"/> is the journal's last checkpoint then.</param>
/// <param name="RestartToTradingMs">AgentRunOutcome.RestartToTrading: from the runtime's start to its first new slice.</param>
/// <param name="RestartWallMs">From RunAgent.PrepareAsync (data load, session, lease) to the end of the first new slice.</param>
public sealed record AgentRestart(string Strategy, long KillAtCheckpointHit, Summary KilledAfterSlices, Summary RestartToTradingMs, Summary RestartWallMs);
