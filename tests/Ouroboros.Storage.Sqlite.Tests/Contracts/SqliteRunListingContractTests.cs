using Microsoft.Data.Sqlite;
using Ouroboros.Core.Ports;
using Ouroboros.TestKit;
using Ouroboros.TestKit.Contracts;

namespace Ouroboros.Storage.Sqlite.Tests.Contracts;

/// <summary>The SQLite IRunStore passes the shared contract; every open is a new store over the same file (a restart).</summary>
public sealed class SqliteRunListingContractTests : RunListingContract, IDisposable
{
    private readonly TempDirectory _temp = new(SqliteConnection.ClearAllPools);

    public void Dispose() => _temp.Dispose();

    protected override async Task<IRunStore> OpenAsync(TimeProvider clock) =>
        await SqliteRunStore.OpenAsync(new SqliteStoreOptions { Path = _temp.File("journal.db") }, clock);
}
