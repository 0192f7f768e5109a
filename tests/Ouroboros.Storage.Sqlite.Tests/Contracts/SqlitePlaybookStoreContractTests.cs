using Microsoft.Data.Sqlite;
using Ouroboros.Core.Ports;
using Ouroboros.TestKit;
using Ouroboros.TestKit.Contracts;

namespace Ouroboros.Storage.Sqlite.Tests.Contracts;

/// <summary>The SQLite IPlaybookStore passes the shared contract; every open is a new store over the same file (a restart).</summary>
public sealed class SqlitePlaybookStoreContractTests : PlaybookStoreContract, IDisposable
{
    private readonly TempDirectory _temp = new(SqliteConnection.ClearAllPools);

    public void Dispose() => _temp.Dispose();

    protected override async Task<IPlaybookStore> OpenAsync(TimeProvider clock) =>
        await SqlitePlaybookStore.OpenAsync(new SqliteStoreOptions { Path = _temp.File("playbooks.db") }, clock);
}
