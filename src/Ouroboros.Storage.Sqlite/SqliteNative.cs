namespace Ouroboros.Storage.Sqlite;

/// <summary>Initialises the bundled native SQLite library exactly once per process.</summary>
internal static class SqliteNative
{
    private static readonly Lazy<bool> Initialized = new(() =>
    {
        SQLitePCL.Batteries_V2.Init();
        return true;
    });

    public static void EnsureInitialized() => _ = Initialized.Value;
}
