using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Ouroboros.Cli.Tests.Agent;

/// <summary>
/// What agent sessions left in a journal file, read straight from SQLite (not through the stores under test). Rows are
/// pipe-joined text; client order ids are cut to their sequence, as the session key differs from one database to the next.
/// </summary>
public sealed record JournalSnapshot(
    IReadOnlyList<string> Orders,
    IReadOnlyList<string> Fills,
    IReadOnlyList<string> Equity,
    IReadOnlyList<string> Jobs,
    IReadOnlyList<string> ClientOrderIds,
    IReadOnlyList<string> Inputs,
    int Sessions)
{
    private const string OrdersSql = """
        SELECT o.client_order_id, s.order_id_prefix, o.instrument, o.side, o.type, o.quantity, o.status, o.filled_quantity,
               o.avg_fill_price, o.fees, o.created_at
        FROM agent_orders o JOIN agent_sessions s USING (session_id)
        """;

    private const string FillsSql = """
        SELECT f.fill_id, f.client_order_id, s.order_id_prefix, f.instrument, f.side, f.quantity, f.price, f.fee, f.time
        FROM agent_fills f JOIN agent_sessions s USING (session_id) ORDER BY f.fill_id
        """;

    private const string EquitySql = "SELECT slices_done, slice_time, equity, cash, positions_json FROM agent_checkpoints ORDER BY slices_done";
    private const string JobsSql = "SELECT market, trading_date, kind, sequence FROM agent_jobs ORDER BY market, trading_date, kind, sequence";
    private const string InputsSql = "SELECT after_slices, kind FROM agent_inputs ORDER BY sequence";

    /// <summary>The last checkpoint's equity, as stored.</summary>
    public decimal FinalEquity => decimal.Parse(Equity[^1].Split('|')[2], CultureInfo.InvariantCulture);

    /// <summary>Orders in creation order, split: sequence, instrument, side, type, quantity, status, filled, average price, fees, created.</summary>
    public IEnumerable<string[]> OrderRows => Orders.Select(o => o.Split('|'));

    public static JournalSnapshot Read(string databaseFile)
    {
        SQLitePCL.Batteries_V2.Init();
        var builder = new SqliteConnectionStringBuilder { DataSource = databaseFile, Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        using var connection = new SqliteConnection(builder.ToString());
        connection.Open();
        var orders = Query(connection, OrdersSql, r => (Sequence(r.GetString(0), r.GetString(1)), Row(r, 2)))
            .OrderBy(o => o.Item1).Select(o => $"{o.Item1}|{o.Item2}").ToList();
        var fills = Query(connection, FillsSql, r => $"{r.GetString(0)}|{Sequence(r.GetString(1), r.GetString(2))}|{Row(r, 3)}");
        return new JournalSnapshot(orders, fills, Query(connection, EquitySql, r => Row(r, 0)), Query(connection, JobsSql, r => Row(r, 0)),
            Query(connection, "SELECT client_order_id FROM agent_orders", r => r.GetString(0)), Query(connection, InputsSql, r => Row(r, 0)),
            Query(connection, "SELECT COUNT(*) FROM agent_sessions", r => r.GetInt32(0))[0]);
    }

    /// <summary>Every way this journal differs from <paramref name="expected"/> (empty when it is the same), plus duplicates.</summary>
    public IReadOnlyList<string> DifferencesFrom(JournalSnapshot expected)
    {
        ArgumentNullException.ThrowIfNull(expected);
        var problems = new List<string>();
        Compare("orders", Orders, expected.Orders, problems);
        Compare("fills", Fills, expected.Fills, problems);
        Compare("equity curve", Equity, expected.Equity, problems);
        Compare("daily jobs", Jobs, expected.Jobs, problems);
        Compare("operator inputs", Inputs, expected.Inputs, problems);
        var duplicates = ClientOrderIds.GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (duplicates.Count > 0) problems.Add($"duplicate client order ids: {string.Join(", ", duplicates)}");
        if (Sessions != 1) problems.Add($"{Sessions} sessions in the journal, expected one continued session");
        return problems;
    }

    private static void Compare(string what, IReadOnlyList<string> actual, IReadOnlyList<string> expected, List<string> problems)
    {
        if (actual.SequenceEqual(expected, StringComparer.Ordinal)) return;
        var missing = expected.Except(actual, StringComparer.Ordinal).Take(3).ToList();
        var extra = actual.Except(expected, StringComparer.Ordinal).Take(3).ToList();
        problems.Add($"{what}: {actual.Count} rows, expected {expected.Count}; missing [{string.Join("; ", missing)}], unexpected [{string.Join("; ", extra)}]");
    }

    private static string Sequence(string clientOrderId, string sessionKey) =>
        clientOrderId.StartsWith(sessionKey + "-", StringComparison.Ordinal) ? clientOrderId[(sessionKey.Length + 1)..].PadLeft(6, '0') : "foreign:" + clientOrderId;

    private static string Row(SqliteDataReader reader, int from) =>
        string.Join('|', Enumerable.Range(from, reader.FieldCount - from).Select(i => reader.IsDBNull(i) ? "" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)));

    private static List<T> Query<T>(SqliteConnection connection, string sql, Func<SqliteDataReader, T> map)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read()) rows.Add(map(reader));
        return rows;
    }
}
