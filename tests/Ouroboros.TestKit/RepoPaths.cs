namespace Ouroboros.TestKit;

/// <summary>Locates the repository from a test's working directory (tests run from bin/...).</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Ouroboros.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Ouroboros.slnx not found above " + AppContext.BaseDirectory);
    });

    public static string Root => RootPath.Value;
    public static string Data(params string[] parts) => Path.Combine([Root, "data", .. parts]);
    public static string Src => Path.Combine(Root, "src");
}
