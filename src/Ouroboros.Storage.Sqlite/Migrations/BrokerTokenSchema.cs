namespace Ouroboros.Storage.Sqlite.Migrations;

/// <summary>
/// Migration 8: <c>broker_tokens</c>, one access token per broker and app key, so that restarting the agent reuses the
/// token it has instead of issuing a new one (KIS allows one issuance a minute and tells the account holder of each).
/// The key itself is never stored: only a fingerprint of it.
/// </summary>
internal static class BrokerTokenSchema
{
    public const string Sql = """
        CREATE TABLE broker_tokens (
            broker TEXT NOT NULL,
            key_fingerprint TEXT NOT NULL,
            token TEXT NOT NULL,
            issued_at INTEGER NOT NULL,
            expires_at INTEGER NOT NULL,
            PRIMARY KEY (broker, key_fingerprint)
        );
        """;
}
