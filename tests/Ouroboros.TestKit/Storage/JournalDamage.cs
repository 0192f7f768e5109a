namespace Ouroboros.TestKit.Storage;

/// <summary>
/// Damages a real journal file the way a failing disk or a careless copy does: seeded garbage over whole pages,
/// leaving the header page intact so the file still looks like a database. Close every connection (clear the pools,
/// so the write-ahead log is checkpointed into the file) before calling this.
/// </summary>
public static class JournalDamage
{
    public const int PageSize = 4096;

    /// <summary>Overwrites every <paramref name="every"/>-th page after the first with garbage; returns how many pages.</summary>
    public static int WriteGarbage(string path, int seed = 17, int every = 3)
    {
        var bytes = File.ReadAllBytes(path);
        var pages = bytes.Length / PageSize;
        if (pages < 3) throw new InvalidOperationException($"{path} has {pages} page(s); store something in it first.");
        var random = new Random(seed);
        var damaged = 0;
        for (var page = 2; page < pages; page += every)
        {
            random.NextBytes(bytes.AsSpan(page * PageSize, PageSize));
            damaged++;
        }
        File.WriteAllBytes(path, bytes);
        return damaged;
    }
}
