namespace Ouroboros.Strategies.Tests.Support;

/// <summary>The repository's bundled data folder (found by walking up to Ouroboros.slnx).</summary>
internal static class RepoData
{
    private static readonly Lazy<string> Root = new(FindRoot);

    public static string Path(string relative) => System.IO.Path.Combine(Root.Value, "data", relative);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Ouroboros.slnx"))) return dir.FullName;
        }
        throw new InvalidOperationException("Cannot find the repository root (Ouroboros.slnx) above " + AppContext.BaseDirectory);
    }
}
