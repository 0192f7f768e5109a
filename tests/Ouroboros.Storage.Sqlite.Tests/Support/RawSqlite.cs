using Microsoft.Data.Sqlite;
using Ouroboros.Storage.Sqlite;

namespace Ouroboros.Storage.Sqlite.Tests.Support;

/// <summary>Direct, unpooled access to a database file, to inspect or tamper with it behind the store's back.</summary>
public static class RawSqlite
{
    public static object? Scalar(string path, string sql)
    {
        using var connection = Open(path);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    public static void Execute(string path, string sql)
    {
        using var connection = Open(path);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public static List<(long Version, string Name, string AppliedAt)> Migrations(string path)
    {
        using var connection = Open(path);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT version, name, applied_at FROM schema_migrations ORDER BY version";
        using var reader = command.ExecuteReader();
        var rows = new List<(long, string, string)>();
        while (reader.Read()) rows.Add((reader.GetInt64(0), reader.GetString(1), reader.GetString(2)));
        return rows;
    }

    private static SqliteConnection Open(string path)
    {
        SqliteNative.EnsureInitialized();
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }
}
