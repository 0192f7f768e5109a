using System.Text;

namespace Ouroboros.TestKit;

/// <summary>
/// A fresh directory under the temp folder for one test, deleted on dispose. <paramref name="beforeDelete"/> lets a
/// test release what still holds files open (the SQLite tests pass <c>SqliteConnection.ClearAllPools</c>), without
/// TestKit depending on any storage engine.
/// </summary>
public sealed class TempDirectory(Action? beforeDelete = null) : IDisposable
{
    public string Path { get; } = CreateUnique();

    /// <summary>The full path of <paramref name="name"/> inside the directory (nothing is created).</summary>
    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Writes a file as UTF-8 without a byte-order mark (unless the text starts with one) and returns its full path.</summary>
    public string Write(string name, string content)
    {
        var file = File(name);
        System.IO.File.WriteAllText(file, content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return file;
    }

    /// <summary>Copies <paramref name="source"/> into the directory and returns the copy's full path.</summary>
    public string Copy(string source, string? name = null)
    {
        var file = File(name ?? System.IO.Path.GetFileName(source));
        System.IO.File.Copy(source, file);
        return file;
    }

    public void Dispose()
    {
        beforeDelete?.Invoke();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still open (a child process, a pooled handle): the OS temp cleaner takes it; the test must not fail.
        }
    }

    private static string CreateUnique()
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "ouroboros-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }
}
