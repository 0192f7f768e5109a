using System.Security.Cryptography;
using System.Text;

namespace Ouroboros.MarketData;

/// <summary>
/// A directory of <see cref="BarCacheFormat"/> files, one per source path. Each file records the source's full path,
/// length and last-write time; a cache whose record differs from the source (stale), or that fails its checksum or
/// parse (corrupt), is ignored and overwritten on the next save. Writes go to a temporary file that is then renamed,
/// so readers never see a half-written cache.
/// </summary>
public sealed class BinaryBarCache
{
    public const string Extension = ".bars";

    /// <param name="directory">Where cache files live; default <c>.ouroboros/cache</c> under the current directory.</param>
    public BinaryBarCache(string? directory = null)
    {
        CacheDirectory = Path.GetFullPath(directory ?? DefaultDirectory);
    }

    public static string DefaultDirectory => Path.Combine(Directory.GetCurrentDirectory(), ".ouroboros", "cache");

    public string CacheDirectory { get; }

    /// <summary>The cache file for a source: its file name plus a hash of its full path.</summary>
    public string PathFor(string sourcePath)
    {
        var full = Path.GetFullPath(sourcePath);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(full)).AsSpan(0, 8));
        var name = new string(Path.GetFileName(full).Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_').Take(80).ToArray());
        return Path.Combine(CacheDirectory, $"{name}-{hash}{Extension}");
    }

    /// <summary>The cached bars for this version of the source, or null (with the reason) when missing, stale or corrupt.</summary>
    public ParsedBars? TryLoad(SourceStamp source, out string reason)
    {
        var file = PathFor(source.FullPath);
        byte[] bytes;
        try
        {
            if (!File.Exists(file))
            {
                reason = "no cache file";
                return null;
            }
            bytes = File.ReadAllBytes(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            reason = $"unreadable: {ex.Message}";
            return null;
        }
        var data = BarCacheFormat.TryDeserialize(bytes, source, out var why);
        reason = why ?? "hit";
        return data;
    }

    /// <summary>Writes (or overwrites) the cache for a source. Returns false, with the reason, when the directory is not writable.</summary>
    public bool TrySave(SourceStamp source, ParsedBars data, out string? error)
    {
        var file = PathFor(source.FullPath);
        var temp = $"{file}.{Guid.NewGuid():N}.tmp";
        try
        {
            Directory.CreateDirectory(CacheDirectory);
            File.WriteAllBytes(temp, BarCacheFormat.Serialize(data, source));
            File.Move(temp, file, overwrite: true);
            error = null;
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            TryDelete(temp);
            error = $"could not write the bar cache {file}: {ex.Message}";
            return false;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // best effort: a stray temporary file is harmless
        }
    }
}
