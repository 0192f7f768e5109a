using Microsoft.Data.Sqlite;
using Ouroboros.Core.Ports;
using Ouroboros.Risk.State;
using Ouroboros.Storage.Sqlite;
using Ouroboros.Storage.Sqlite.Tests.Support;
using Ouroboros.Risk.Events;
using Ouroboros.TestKit;
using Ouroboros.TestKit.Storage;

namespace Ouroboros.Storage.Sqlite.Tests;

/// <summary>The operator-visible trading state: survives a restart, keeps every transition, one row per scope.</summary>
public sealed class TradingStateStoreTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new DateTimeOffset(2025, 4, 7, 0, 35, 0, TimeSpan.Zero).AddTicks(7);
    private static readonly FakeClock Clock = new(T0.AddSeconds(1));
    private readonly TempDirectory _temp = new(SqliteConnection.ClearAllPools);

    public void Dispose() => _temp.Dispose();

    private SqliteStoreOptions Options => new() { Path = _temp.File("states.db") };

    [Fact]
    public async Task The_run_store_and_the_state_store_share_one_file_and_one_schema()
    {
        var runs = await SqliteRunStore.OpenAsync(Options, Clock);
        var states = await SqliteTradingStateStore.OpenAsync(Options, Clock);

        states.Path.ShouldBe(runs.Path);
        await states.SaveTransitionAsync(Move("account", TradingState.Active, TradingState.Halted, T0, "operator", "x"), CancellationToken.None);
        await runs.SaveAsync(SampleRuns.Realistic(equityPoints: 1), CancellationToken.None);
        RawSqlite.Scalar(runs.Path, "SELECT COUNT(*) FROM trading_state_log").ShouldBe(1L);
    }

    private static TradingStateChanged Move(string scope, TradingState from, TradingState to, DateTimeOffset time, string cause, string reason, bool killed = false) =>
        new(time, scope, from, to, killed, cause, reason, "test:" + cause);
}
