using Ouroboros.Core.Ports;
using Microsoft.Data.Sqlite;
using Ouroboros.Storage.Sqlite;
using Ouroboros.Storage.Sqlite.Tests.Support;
using Ouroboros.TestKit;
using Ouroboros.TestKit.Storage;

namespace Ouroboros.Storage.Sqlite.Tests;

public sealed class DatabaseFileTests : IDisposable
{
    private readonly TempDirectory _temp = new(SqliteConnection.ClearAllPools);

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task The_journal_runs_in_wal_mode()
    {
        var store = await SqliteRunStore.OpenAsync(new SqliteStoreOptions { Path = _temp.File("wal.db") }, TimeProvider.System);

        RawSqlite.Scalar(store.Path, "PRAGMA journal_mode").ShouldBe("wal");
    }

    [Fact]
    public void Store_connections_enforce_foreign_keys_wait_when_busy_and_sync_normally()
    {
        var database = SqliteDatabase.Create(new SqliteStoreOptions { Path = _temp.File("pragmas.db"), BusyTimeout = TimeSpan.FromSeconds(3) });

        using var connection = database.OpenConnection();

        Pragma(connection, "foreign_keys").ShouldBe(1L);
        Pragma(connection, "busy_timeout").ShouldBe(3000L);
        Pragma(connection, "synchronous").ShouldBe(1L); // NORMAL
    }

    [Fact]
    public async Task Missing_directories_on_the_path_are_created()
    {
        var path = Path.Combine(_temp.Path, "a", "b", "journal.db");

        var store = await SqliteRunStore.OpenAsync(new SqliteStoreOptions { Path = path }, TimeProvider.System);

        store.Path.ShouldBe(path);
        File.Exists(path).ShouldBeTrue();
    }

    [Fact]
    public void The_default_path_is_inside_the_dot_ouroboros_folder()
    {
        new SqliteStoreOptions().Path.ShouldBe(".ouroboros/ouroboros.db");
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_gives_a_storage_exception_naming_the_path_and_the_fix()
    {
        var path = _temp.File("notes.db");
        await File.WriteAllTextAsync(path, string.Concat(Enumerable.Repeat("these are my trading notes, not a database\n", 100)));

        var error = await Should.ThrowAsync<StorageException>(
            () => SqliteRunStore.OpenAsync(new SqliteStoreOptions { Path = path }, TimeProvider.System));

        error.Message.ShouldContain(path);
        error.Message.ShouldContain("not a usable SQLite database");
        error.Message.ShouldContain("Fix:");
        error.InnerException.ShouldBeOfType<SqliteException>();
    }

    [Fact]
    public async Task A_directory_that_cannot_be_created_gives_a_storage_exception_naming_the_path_and_the_fix()
    {
        var blocker = _temp.File("blocker");
        await File.WriteAllTextAsync(blocker, "a file where a directory should be");
        var path = Path.Combine(blocker, "sub", "journal.db");

        var error = await Should.ThrowAsync<StorageException>(
            () => SqliteRunStore.OpenAsync(new SqliteStoreOptions { Path = path }, TimeProvider.System));

        error.Message.ShouldContain(Path.Combine(blocker, "sub"));
        error.Message.ShouldContain(path);
        error.Message.ShouldContain("Fix:");
    }

    [Fact]
    public async Task A_path_that_is_a_directory_gives_a_storage_exception()
    {
        var error = await Should.ThrowAsync<StorageException>(
            () => SqliteRunStore.OpenAsync(new SqliteStoreOptions { Path = _temp.Path }, TimeProvider.System));

        error.Message.ShouldContain("is a directory");
    }

    [Fact]
    public async Task A_corrupted_row_is_reported_as_a_storage_exception_not_a_parse_error()
    {
        var store = await SqliteRunStore.OpenAsync(new SqliteStoreOptions { Path = _temp.File("tampered.db") }, TimeProvider.System);
        var run = SampleRuns.Realistic(equityPoints: 3);
        await store.SaveAsync(run, CancellationToken.None);
        RawSqlite.Execute(store.Path, "UPDATE equity_series SET data = substr(data, 1, length(data) - 3)"); // a curve cut short

        var error = await Should.ThrowAsync<StorageException>(() => store.GetAsync(run.Summary.Id, CancellationToken.None));

        error.Message.ShouldContain(store.Path);
        error.Message.ShouldContain(run.Summary.Id.Value);
    }

    private static object? Pragma(SqliteConnection connection, string name)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {name}";
        return command.ExecuteScalar();
    }
}
