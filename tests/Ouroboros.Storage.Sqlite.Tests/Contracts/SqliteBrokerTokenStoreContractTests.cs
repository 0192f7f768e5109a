using Microsoft.Data.Sqlite;
using Ouroboros.Core.Ports;
using Ouroboros.TestKit;
using Ouroboros.TestKit.Contracts;

namespace Ouroboros.Storage.Sqlite.Tests.Contracts;

/// <summary>The SQLite IBrokerTokenStore passes the shared contract; every open is a new store over the same file (a restart).</summary>
public sealed class SqliteBrokerTokenStoreContractTests : BrokerTokenStoreContract, IDisposable
{
    private readonly TempDirectory _temp = new(SqliteConnection.ClearAllPools);

    public void Dispose() => _temp.Dispose();

    protected override Task<IBrokerTokenStore> OpenAsync() =>
        Task.FromResult<IBrokerTokenStore>(SqliteBrokerTokenStore.Open(new SqliteStoreOptions { Path = _temp.File("tokens.db") }, new FakeClock()));
}
