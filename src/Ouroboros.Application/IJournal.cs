using Ouroboros.Core.Agent;
using Ouroboros.Core.Ports;

namespace Ouroboros.Application;

/// <summary>
/// The journal the use cases read and write, opened on demand through its ports (the host decides the storage:
/// SQLite by default). <see cref="Name"/> is where it is as configured, <see cref="Path"/> the resolved location;
/// results carry them so front ends can say where things were stored.
/// </summary>
public interface IJournal
{
    string Name { get; }
    string Path { get; }
    Task<IRunStore> RunsAsync(CancellationToken cancellationToken);
    Task<ITradingStateStore> TradingStatesAsync(CancellationToken cancellationToken);
    Task<ILlmCallLog> LlmCallsAsync(CancellationToken cancellationToken);

    /// <summary>The running agents: sessions, leases, heartbeats and each session's journal.</summary>
    Task<IAgentStore> AgentsAsync(CancellationToken cancellationToken);

    /// <summary>The daily playbooks the planners stored, per date and market.</summary>
    Task<IPlaybookStore> PlaybooksAsync(CancellationToken cancellationToken);

    /// <summary>The file itself (check, compact, copy), usable when the journal is too damaged to open as a store.</summary>
    IJournalMaintenance Maintenance();
}
