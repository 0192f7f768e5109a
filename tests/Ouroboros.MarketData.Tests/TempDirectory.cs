using System.Text;

namespace Ouroboros.MarketData.Tests;

/// <summary>A unique temporary directory for one test, deleted on dispose.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "ouroboros-md-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>Writes a file (UTF-8 without BOM unless the text starts with one) and returns its full path.</summary>
    public string Write(string name, string content)
    {
        var file = System.IO.Path.Combine(Path, name);
        File.WriteAllText(file, content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return file;
    }

    public string Copy(string source, string? name = null)
    {
        var file = System.IO.Path.Combine(Path, name ?? System.IO.Path.GetFileName(source));
        File.Copy(source, file);
        return file;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
