using Microsoft.Data.Sqlite;
using Ouroboros.Core.Agent;
using Ouroboros.Storage.Sqlite.Agents;
using Ouroboros.TestKit;
using Ouroboros.TestKit.Contracts;

namespace Ouroboros.Storage.Sqlite.Tests.Contracts;

/// <summary>The SQLite ISessionJournal passes the shared contract; every open is a new store over the same file (a restart).</summary>
public sealed class SqliteSessionJournalContractTests : SessionJournalContract, IDisposable
{
    private readonly TempDirectory _temp = new(SqliteConnection.ClearAllPools);

    public void Dispose() => _temp.Dispose();

    protected override async Task<IAgentStore> OpenAsync(TimeProvider clock) =>
        await SqliteAgentStore.OpenAsync(new SqliteStoreOptions { Path = _temp.File("agents.db") }, clock);
}
