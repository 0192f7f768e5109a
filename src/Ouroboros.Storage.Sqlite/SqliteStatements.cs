using Ouroboros.Core.Ports;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Ouroboros.Storage.Sqlite;

/// <summary>
/// The small-store calling convention shared by the LLM-brain stores: one pooled connection per call, parameterised
/// statements, and every failure turned into a <see cref="StorageException"/> naming the file and the fix.
/// </summary>
internal static class SqliteStatements
{
    public static T Run<T>(SqliteDatabase database, string action, Func<SqliteConnection, T> work)
    {
        try
        {
            using var connection = database.OpenConnection();
            return work(connection);
        }
        catch (SqliteException ex)
        {
            throw database.Failure(ex, action);
        }
        catch (Exception ex) when (ex is FormatException or OverflowException or InvalidCastException)
        {
            throw Unreadable(database, action, ex);
        }
    }

    /// <summary>
    /// <see cref="Run{T}"/> for reads that rebuild domain records: a record's own checks (ArgumentException) and JSON
    /// columns failing on stored data also mean the file holds something this build cannot read.
    /// </summary>
    public static T Read<T>(SqliteDatabase database, string action, Func<SqliteConnection, T> work)
    {
        try
        {
            return Run(database, action, work);
        }
        catch (Exception ex) when (ex is ArgumentException or JsonException)
        {
            throw Unreadable(database, action, ex);
        }
    }

    public static StorageException Unreadable(SqliteDatabase database, string action, Exception ex) => new(
        $"The database '{database.Path}' holds a value this build cannot read while {action}: {ex.Message} " +
        "Fix: the file was edited outside Ouroboros or written by an incompatible build; restore it from a backup.", ex);

    public static IReadOnlyList<T> Query<T>(SqliteConnection connection, string sql, Action<SqliteParameterCollection> bind,
        Func<SqliteDataReader, T> map)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        bind(command.Parameters);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read()) rows.Add(map(reader));
        return rows;
    }

    public static int Execute(SqliteConnection connection, string sql, Action<SqliteParameterCollection> bind)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        bind(command.Parameters);
        return command.ExecuteNonQuery();
    }

    public static object IntOrNull(int? value) => value is { } v ? v : DBNull.Value;

    public static int? NullableInt(SqliteDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : checked((int)r.GetInt64(ordinal));

    public static string? NullableText(SqliteDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : r.GetString(ordinal);
}
