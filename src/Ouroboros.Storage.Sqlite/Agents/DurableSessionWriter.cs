using Microsoft.Data.Sqlite;
using Ouroboros.Domain.Orders;
using static Ouroboros.Storage.Sqlite.SqliteCodec;

namespace Ouroboros.Storage.Sqlite.Agents;

/// <summary>
/// The hot path of a session: order snapshots and fills, each committed on its own (autocommit) with
/// <c>synchronous = FULL</c>, so the WAL is on disk before the call returns. One unpooled connection for the session's life with
/// both statements prepared once; a lock serialises callers because a connection is not thread-safe.
/// </summary>
internal sealed class DurableSessionWriter : IDisposable
{
    // seq is the session's next number on the first write and is left alone by every later snapshot of the order.
    private const string UpsertOrderSql = """
        INSERT INTO agent_orders (session_id, client_order_id, seq, instrument, side, type, quantity, limit_price, stop_price, tif, created_at,
                                  strategy, tag, status, filled_quantity, avg_fill_price, fees, broker_order_id, reason, updated_at, cash_amount)
        VALUES ($session_id, $client_order_id, (SELECT COALESCE(MAX(seq) + 1, 0) FROM agent_orders WHERE session_id = $session_id),
                $instrument, $side, $type, $quantity, $limit_price, $stop_price, $tif, $created_at,
                $strategy, $tag, $status, $filled_quantity, $avg_fill_price, $fees, $broker_order_id, $reason, $updated_at, $cash_amount)
        ON CONFLICT (session_id, client_order_id) DO UPDATE SET instrument = excluded.instrument, side = excluded.side, type = excluded.type,
            quantity = excluded.quantity, limit_price = excluded.limit_price, stop_price = excluded.stop_price, tif = excluded.tif,
            created_at = excluded.created_at, strategy = excluded.strategy, tag = excluded.tag, status = excluded.status,
            filled_quantity = excluded.filled_quantity, avg_fill_price = excluded.avg_fill_price, fees = excluded.fees,
            broker_order_id = excluded.broker_order_id, reason = excluded.reason, updated_at = excluded.updated_at, cash_amount = excluded.cash_amount
        """;

    private const string InsertFillSql = """
        INSERT INTO agent_fills (session_id, fill_id, client_order_id, instrument, side, quantity, price, fee, time, liquidity, seq)
        VALUES ($session_id, $fill_id, $client_order_id, $instrument, $side, $quantity, $price, $fee, $time, $liquidity,
                (SELECT COALESCE(MAX(seq) + 1, 0) FROM agent_fills WHERE session_id = $session_id))
        ON CONFLICT (session_id, fill_id) DO NOTHING
        """;

    private static readonly string[] OrderParameters =
    [
        "$session_id", "$client_order_id", "$instrument", "$side", "$type", "$quantity", "$limit_price", "$stop_price", "$tif", "$created_at",
        "$strategy", "$tag", "$status", "$filled_quantity", "$avg_fill_price", "$fees", "$broker_order_id", "$reason", "$updated_at", "$cash_amount",
    ];

    private static readonly string[] FillParameters =
        ["$session_id", "$fill_id", "$client_order_id", "$instrument", "$side", "$quantity", "$price", "$fee", "$time", "$liquidity"];

    private readonly SqliteDatabase _database;
    private readonly string _sessionId;
    private readonly Lock _gate = new();
    private SqliteConnection? _connection;
    private SqliteCommand? _order;
    private SqliteCommand? _fill;
    private bool _disposed;

    public DurableSessionWriter(SqliteDatabase database, string sessionId)
    {
        _database = database;
        _sessionId = sessionId;
    }

    public void WriteOrder(OrderSnapshot o)
    {
        lock (_gate) BindOrder(Ready().Order, o).ExecuteNonQuery();
    }

    public void WriteFill(Fill f)
    {
        lock (_gate) BindFill(Ready().Fill, f).ExecuteNonQuery();
    }

    /// <summary>Orders and fills in one transaction: one disk flush for all of them (group commit).</summary>
    public void WriteBatch(IReadOnlyList<OrderSnapshot> orders, IReadOnlyList<Fill> fills)
    {
        lock (_gate)
        {
            var (order, fill) = Ready();
            using var transaction = _connection!.BeginTransaction();
            order.Transaction = transaction;
            fill.Transaction = transaction;
            try
            {
                foreach (var o in orders) BindOrder(order, o).ExecuteNonQuery();
                foreach (var f in fills) BindFill(fill, f).ExecuteNonQuery();
                transaction.Commit();
            }
            finally
            {
                order.Transaction = null;
                fill.Transaction = null;
            }
        }
    }

    private SqliteCommand BindOrder(SqliteCommand command, OrderSnapshot o)
    {
        var r = o.Request;
        {
            var p = command.Parameters;
            p[0].Value = _sessionId;
            p[1].Value = r.Id.Value;
            p[2].Value = r.Instrument.Value;
            p[3].Value = EncodeEnum(r.Side);
            p[4].Value = EncodeEnum(r.Type);
            p[5].Value = EncodeDecimal(r.Quantity);
            p[6].Value = EncodeDecimalOrNull(r.LimitPrice);
            p[7].Value = EncodeDecimalOrNull(r.StopPrice);
            p[8].Value = EncodeEnum(r.TimeInForce);
            p[9].Value = EncodeTime(r.CreatedAt);
            p[10].Value = r.Strategy.Value;
            p[11].Value = TextOrNull(r.Tag);
            p[12].Value = EncodeEnum(o.Status);
            p[13].Value = EncodeDecimal(o.FilledQuantity);
            p[14].Value = EncodeDecimal(o.AverageFillPrice);
            p[15].Value = EncodeDecimal(o.Fees);
            p[16].Value = TextOrNull(o.BrokerId?.Value);
            p[17].Value = TextOrNull(o.Reason);
            p[18].Value = EncodeTime(o.UpdatedAt);
            p[19].Value = EncodeDecimalOrNull(r.CashAmount);
        }
        return command;
    }

    private SqliteCommand BindFill(SqliteCommand command, Fill f)
    {
        {
            var p = command.Parameters;
            p[0].Value = _sessionId;
            p[1].Value = f.Id.Value;
            p[2].Value = f.OrderId.Value;
            p[3].Value = f.Instrument.Value;
            p[4].Value = EncodeEnum(f.Side);
            p[5].Value = EncodeDecimal(f.Quantity);
            p[6].Value = EncodeDecimal(f.Price);
            p[7].Value = EncodeDecimal(f.Fee);
            p[8].Value = EncodeTime(f.Time);
            p[9].Value = EncodeEnum(f.Liquidity);
        }
        return command;
    }

    /// <summary>The <c>PRAGMA synchronous</c> of the write connection (2 = FULL), opening it if needed; tests read it.</summary>
    internal long SynchronousMode()
    {
        lock (_gate)
        {
            Ready();
            using var command = _connection!.CreateCommand();
            command.CommandText = "PRAGMA synchronous";
            return (long)command.ExecuteScalar()!;
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            Close();
        }
    }

    /// <summary>A connection that failed (disk full, lock timeout) is dropped, so the next write starts from a fresh one.</summary>
    public void Reset()
    {
        lock (_gate) Close();
    }

    private (SqliteCommand Order, SqliteCommand Fill) Ready()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_connection is not null) return (_order!, _fill!);
        var connection = _database.OpenDedicatedConnection();
        try
        {
            using (var pragma = connection.CreateCommand())
            {
                pragma.CommandText = "PRAGMA synchronous = FULL";
                pragma.ExecuteNonQuery();
            }

            _order = Prepare(connection, UpsertOrderSql, OrderParameters);
            _fill = Prepare(connection, InsertFillSql, FillParameters);
            _connection = connection;
            return (_order, _fill);
        }
        catch
        {
            _order?.Dispose();
            _fill?.Dispose();
            (_order, _fill) = (null, null);
            connection.Dispose();
            throw;
        }
    }

    private static SqliteCommand Prepare(SqliteConnection connection, string sql, string[] names)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in names) command.Parameters.AddWithValue(name, DBNull.Value); // type follows each bound value
        command.Prepare();
        return command;
    }

    private void Close()
    {
        _order?.Dispose();
        _fill?.Dispose();
        _connection?.Dispose();
        (_order, _fill, _connection) = (null, null, null);
    }
}
