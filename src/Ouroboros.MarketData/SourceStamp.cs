namespace Ouroboros.MarketData;

/// <summary>Identifies one version of a source file: full path, length and last-write time (UTC ticks). The cache key.</summary>
public readonly record struct SourceStamp(string FullPath, long Length, long LastWriteUtcTicks)
{
    public static SourceStamp Of(string path)
    {
        var info = new FileInfo(Path.GetFullPath(path));
        return new SourceStamp(info.FullName, info.Length, info.LastWriteTimeUtc.Ticks);
    }
}
