using Microsoft.Data.Sqlite;
using Ouroboros.Storage.Sqlite.Maintenance;
using Ouroboros.Storage.Sqlite.Migrations;

namespace Ouroboros.Storage.Sqlite;

/// <summary>
/// Opens a database file the way every store needs it: path prepared, WAL on, missing migrations applied. Shared so
/// the run store and the trading-state store can never disagree about the schema of the one file they both use.
/// </summary>
internal static class MigratedDatabase
{
    public static (SqliteDatabase Database, IReadOnlyList<int> Applied) Open(SqliteStoreOptions options, TimeProvider timeProvider,
        IReadOnlyList<Migration> migrations, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        MigrationRunner.Validate(migrations);
        var database = SqliteDatabase.Create(options);
        var runner = new MigrationRunner(migrations, timeProvider, database.Path);
        try
        {
            using var connection = database.OpenConnection();
            IntegrityCheck.RefuseIfDamaged(database, connection);
            database.EnableWriteAheadLog(connection);
            return (database, runner.Apply(connection, cancellationToken));
        }
        catch (SqliteException ex)
        {
            throw database.Failure(ex, "opening and migrating it");
        }
    }
}
