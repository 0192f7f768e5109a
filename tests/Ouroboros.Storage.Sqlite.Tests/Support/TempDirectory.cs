using Microsoft.Data.Sqlite;

namespace Ouroboros.Storage.Sqlite.Tests.Support;

/// <summary>A fresh directory under the temp folder, deleted (with pooled SQLite handles released) on dispose.</summary>
public sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "ouroboros-storage-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // best effort: a handle still open elsewhere must not fail the test
        }
    }
}
