using Microsoft.Data.Sqlite;
using Ouroboros.Core.Agent;
using static Ouroboros.Storage.Sqlite.SqliteCodec;

namespace Ouroboros.Storage.Sqlite.Agents;

/// <summary>
/// The lease rules on <c>agent_leases</c>. Acquiring reads and replaces the row inside one <c>BEGIN IMMEDIATE</c>
/// transaction: the write lock is taken before the read, so of two processes racing for one account the second
/// reads the first one's row and is refused.
/// </summary>
internal static class LeaseTable
{
    private const string HolderSql = "SELECT account, session_id, process_id, host, acquired_at, expires_at FROM agent_leases WHERE account = $account";

    private const string ReplaceSql = """
        INSERT OR REPLACE INTO agent_leases (account, session_id, process_id, host, acquired_at, expires_at)
        VALUES ($account, $session_id, $process_id, $host, $acquired_at, $expires_at)
        """;

    private const string RenewSql = "UPDATE agent_leases SET expires_at = $expires_at WHERE account = $account AND session_id = $session_id";

    private const string ReleaseSql = "DELETE FROM agent_leases WHERE account = $account AND session_id = $session_id";

    public static LeaseGrant TryAcquire(SqliteConnection connection, AgentLease lease)
    {
        using var transaction = connection.BeginTransaction(); // IMMEDIATE: the write lock is held from the read on
        var holder = Holder(connection, transaction, lease.Account);
        var free = holder is null || holder.ExpiresAt <= lease.AcquiredAt || holder.SessionId == lease.SessionId;
        if (!free) return new LeaseGrant(false, holder);

        using var replace = connection.CreateCommand();
        replace.Transaction = transaction;
        replace.CommandText = ReplaceSql;
        replace.Parameters.AddWithValue("$account", lease.Account);
        replace.Parameters.AddWithValue("$session_id", lease.SessionId);
        replace.Parameters.AddWithValue("$process_id", lease.ProcessId);
        replace.Parameters.AddWithValue("$host", lease.Host);
        replace.Parameters.AddWithValue("$acquired_at", EncodeTime(lease.AcquiredAt));
        replace.Parameters.AddWithValue("$expires_at", EncodeTime(lease.ExpiresAt));
        replace.ExecuteNonQuery();
        transaction.Commit();
        return new LeaseGrant(true, lease);
    }

    public static bool Renew(SqliteConnection connection, AgentLease lease) => SqliteStatements.Execute(connection, RenewSql, p =>
    {
        p.AddWithValue("$expires_at", EncodeTime(lease.ExpiresAt));
        p.AddWithValue("$account", lease.Account);
        p.AddWithValue("$session_id", lease.SessionId);
    }) == 1;

    public static void Release(SqliteConnection connection, string account, string sessionId) => SqliteStatements.Execute(connection, ReleaseSql, p =>
    {
        p.AddWithValue("$account", account);
        p.AddWithValue("$session_id", sessionId);
    });

    private static AgentLease? Holder(SqliteConnection connection, SqliteTransaction transaction, string account)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = HolderSql;
        command.Parameters.AddWithValue("$account", account);
        using var reader = command.ExecuteReader();
        if (!reader.Read()) return null;
        return new AgentLease(reader.GetString(0), reader.GetString(1), checked((int)reader.GetInt64(2)), reader.GetString(3),
            DecodeTime(reader.GetInt64(4)), DecodeTime(reader.GetInt64(5)));
    }
}
