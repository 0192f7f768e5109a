using Ouroboros.Application;
using Ouroboros.Core.Agent;
using Ouroboros.Core.Ports;

namespace Ouroboros.Benchmarks.WholeRun.Agent;

/// <summary>The application's SQLite journal, with the agent store's session journals timed (<see cref="TimedSessionJournal"/>).</summary>
public sealed class TimedJournal(IJournal inner, SendLatencyProbe probe) : IJournal
{
    public string Name => inner.Name;
    public string Path => inner.Path;
    public Task<IRunStore> RunsAsync(CancellationToken cancellationToken) => inner.RunsAsync(cancellationToken);
    public Task<ITradingStateStore> TradingStatesAsync(CancellationToken cancellationToken) => inner.TradingStatesAsync(cancellationToken);
    public Task<ILlmCallLog> LlmCallsAsync(CancellationToken cancellationToken) => inner.LlmCallsAsync(cancellationToken);

    public async Task<IAgentStore> AgentsAsync(CancellationToken cancellationToken) =>
        new TimedAgentStore(await inner.AgentsAsync(cancellationToken).ConfigureAwait(false), probe);

    public Task<IPlaybookStore> PlaybooksAsync(CancellationToken cancellationToken) => inner.PlaybooksAsync(cancellationToken);

    public IJournalMaintenance Maintenance() => inner.Maintenance();
}
