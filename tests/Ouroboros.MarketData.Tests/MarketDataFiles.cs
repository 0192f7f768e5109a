using System.Runtime.CompilerServices;

namespace Ouroboros.MarketData.Tests;

/// <summary>Paths of the bundled data (repo data/ folder) and the test fixtures (TestData/MarketData).</summary>
internal static class MarketDataFiles
{
    private static readonly Lazy<string> Root = new(FindRepoRoot);

    public static string RepoData(string relative) => Path.Combine(Root.Value, "data", relative);

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", "MarketData", name);

    private static string FindRepoRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Path.GetDirectoryName(ThisFile())! })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Ouroboros.slnx"))) return dir.FullName;
            }
        }
        throw new InvalidOperationException("Cannot find the repository root (Ouroboros.slnx) above " + AppContext.BaseDirectory);
    }

    private static string ThisFile([CallerFilePath] string path = "") => path;
}
