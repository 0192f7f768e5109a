using Microsoft.Data.Sqlite;
using Ouroboros.Core.Ports;
using Ouroboros.TestKit;
using Ouroboros.TestKit.Contracts;

namespace Ouroboros.Storage.Sqlite.Tests.Contracts;

/// <summary>The SQLite IResponseCache passes the shared contract; every open is a new store over the same file (a restart).</summary>
public sealed class SqliteResponseCacheContractTests : ResponseCacheContract, IDisposable
{
    private readonly TempDirectory _temp = new(SqliteConnection.ClearAllPools);

    public void Dispose() => _temp.Dispose();

    protected override async Task<IResponseCache> OpenAsync(TimeProvider clock) =>
        await SqliteResponseCache.OpenAsync(new SqliteStoreOptions { Path = _temp.File("cache.db") }, clock);
}
