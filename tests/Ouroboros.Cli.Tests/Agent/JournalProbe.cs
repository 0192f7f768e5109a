using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Ouroboros.Cli.Tests.Agent;

/// <summary>Reads a running agent's journal directly (cheaper than a `status` process per look while polling).</summary>
internal static class JournalProbe
{
    /// <summary>The status in the latest heartbeat of the journal's agent, or null before the first.</summary>
    public static async Task<JsonElement?> StatusAsync(string journal)
    {
        var json = await ScalarAsync(journal, "SELECT status_json FROM agent_heartbeats ORDER BY at DESC LIMIT 1");
        if (json is null) return null;
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.Clone();
    }

    /// <summary>The operator inputs the agent journaled (each applied where it was journaled), as their JSON payloads.</summary>
    public static Task<IReadOnlyList<string>> InputsAsync(string journal) => ColumnAsync(journal, "SELECT payload FROM agent_inputs ORDER BY session_id, sequence");

    /// <summary>Every notification the agent journaled, as "kind: message".</summary>
    public static Task<IReadOnlyList<string>> NotificationsAsync(string journal) => ColumnAsync(journal, "SELECT kind || ': ' || message FROM agent_notifications ORDER BY id");

    /// <summary>The statuses of the orders the agent journaled.</summary>
    public static Task<IReadOnlyList<string>> OrderStatusesAsync(string journal) => ColumnAsync(journal, "SELECT status FROM agent_orders");

    private static async Task<string?> ScalarAsync(string journal, string sql) => await ColumnAsync(journal, sql) is [var first, ..] ? first : null;

    private static async Task<IReadOnlyList<string>> ColumnAsync(string journal, string sql)
    {
        if (!File.Exists(journal)) return [];
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = journal, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var values = new List<string>();
        try
        {
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) values.Add(reader.GetString(0));
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 1 or 5)
        {
            // No such table yet (the agent is still creating its journal) or busy: nothing to see yet.
        }
        return values;
    }
}
