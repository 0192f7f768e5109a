using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Ouroboros.Storage.Sqlite;

/// <summary>
/// One INSERT prepared once on the writer's open transaction and executed per row through SQLite's own API: positional
/// parameters (?1, ?2, ...), text encoded to UTF-8 on the stack and copied by SQLite, no parameter objects, no boxing and no
/// data reader per row. <see cref="SqliteCommand"/> costs a few microseconds a row in that machinery, which a run of tens
/// of thousands of orders and fills pays on every save. Values are encoded exactly as <see cref="SqliteCodec"/> encodes them.
/// </summary>
internal sealed class NativeInsert : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;

    public NativeInsert(SqliteConnection connection, string sql)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        Check(raw.sqlite3_prepare_v2(_db, sql, out _statement));
    }

    public void Text(int index, string? value)
    {
        if (value is null)
        {
            Null(index);
            return;
        }

        // An empty span would reach SQLite as a null pointer, which binds NULL; the string overload binds "".
        if (value.Length == 0 || value.Length > 256)
        {
            Check(raw.sqlite3_bind_text(_statement, index, value));
            return;
        }

        Span<byte> buffer = stackalloc byte[768]; // 256 UTF-16 units are at most 768 UTF-8 bytes
        Check(raw.sqlite3_bind_text(_statement, index, buffer[..Encoding.UTF8.GetBytes(value, buffer)]));
    }

    public void Decimal(int index, decimal value)
    {
        Span<byte> buffer = stackalloc byte[SqliteCodec.MaxDecimalUtf8Length];
        Check(raw.sqlite3_bind_text(_statement, index, SqliteCodec.EncodeDecimal(value, buffer)));
    }

    public void Decimal(int index, decimal? value)
    {
        if (value is { } v) Decimal(index, v);
        else Null(index);
    }

    public void Integer(int index, long value) => Check(raw.sqlite3_bind_int64(_statement, index, value));

    public void Time(int index, DateTimeOffset value) => Integer(index, SqliteCodec.EncodeTime(value));

    public void Null(int index) => Check(raw.sqlite3_bind_null(_statement, index));

    /// <summary>Inserts the bound row and readies the statement for the next (bindings are all replaced by the next row).</summary>
    public void Execute()
    {
        var result = raw.sqlite3_step(_statement);
        if (result != raw.SQLITE_DONE) SqliteException.ThrowExceptionForRC(result, _db); // the statement is finalized by Dispose

        Check(raw.sqlite3_reset(_statement));
    }

    public void Dispose() => _statement.Dispose();

    private void Check(int result)
    {
        if (result != raw.SQLITE_OK) SqliteException.ThrowExceptionForRC(result, _db);
    }
}
