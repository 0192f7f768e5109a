namespace Ouroboros.Benchmarks.WholeRun.Agent;

/// <summary>Everything one <c>ouroboros bench agent</c> measured.</summary>
public sealed record AgentReport(
    bool Quick,
    MachineInfo Machine,
    string LoadBefore,
    string LoadAfter,
    IReadOnlyList<AgentThroughput> Throughput,
    Latency PersistToSendMs,
    Latency PreSendCommitMs,
    Latency OtherCommitMs,
    Latency FsyncFloorMs,
    Latency NotificationDrainMs,
    IReadOnlyList<AgentRestart> Restarts);
