using Ouroboros.Application;
using Ouroboros.Core.Agent;
using Ouroboros.Core.Ports;
using Ouroboros.Storage.Sqlite;
using Ouroboros.Storage.Sqlite.Agents;
using Ouroboros.Storage.Sqlite.Maintenance;

namespace Ouroboros.Hosting.Journal;

/// <summary>The application's journal on SQLite: each store is opened when a use case first asks for it.</summary>
public sealed class SqliteJournal(SqliteStoreOptions options, TimeProvider clock) : IJournal
{
    public string Name => options.Path;

    public string Path => System.IO.Path.GetFullPath(options.Path);

    public async Task<IRunStore> RunsAsync(CancellationToken cancellationToken) =>
        await SqliteRunStore.OpenAsync(options, clock, cancellationToken).ConfigureAwait(false);

    public async Task<ITradingStateStore> TradingStatesAsync(CancellationToken cancellationToken) =>
        await SqliteTradingStateStore.OpenAsync(options, clock, cancellationToken).ConfigureAwait(false);

    public async Task<ILlmCallLog> LlmCallsAsync(CancellationToken cancellationToken) =>
        await SqliteLlmCallLog.OpenAsync(options, clock, cancellationToken).ConfigureAwait(false);

    public async Task<IAgentStore> AgentsAsync(CancellationToken cancellationToken) =>
        await SqliteAgentStore.OpenAsync(options, clock, cancellationToken).ConfigureAwait(false);

    public async Task<IPlaybookStore> PlaybooksAsync(CancellationToken cancellationToken) =>
        await SqlitePlaybookStore.OpenAsync(options, clock, cancellationToken).ConfigureAwait(false);

    public IJournalMaintenance Maintenance() => new SqliteJournalMaintenance(options);
}
