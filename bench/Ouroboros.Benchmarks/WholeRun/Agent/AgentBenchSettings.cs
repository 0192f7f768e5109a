namespace Ouroboros.Benchmarks.WholeRun.Agent;

/// <summary>
/// Sizes of <c>ouroboros bench agent</c>. Every run replays the first <see cref="Days"/> trading days of data/kr (an
/// agent run journals every slice with synchronous=FULL, so the whole 5,243 days take minutes on a busy disk).
/// </summary>
public sealed record AgentBenchSettings
{
    public int Days { get; init; } = 1_000;

    /// <summary>Strategies measured, each in alternating agent/backtest pairs.</summary>
    public IReadOnlyList<string> Strategies { get; init; } = ["sma-cross", "playbook"];

    public int WarmupPairs { get; init; } = 1;

    public int Pairs { get; init; } = 5;

    /// <summary>Bare SQLite FULL commits timed after each pair (the fsync floor).</summary>
    public int FloorCommitsPerPair { get; init; } = 200;

    /// <summary>Slices after which the restart measurement kills the session (half the window, and near its end).</summary>
    public IReadOnlyList<int> KillAfterSlices { get; init; } = [500, 950];

    public int RestartRepeats { get; init; } = 3;

    /// <summary>The strategy of the restart measurement (the CLI's default).</summary>
    public string RestartStrategy { get; init; } = "playbook";

    /// <summary>Repository root (data/kr, data/vix); null: found from the current or the program's directory.</summary>
    public string? RepoRoot { get; init; }

    public bool IsQuick { get; init; }

    public static AgentBenchSettings Full { get; } = new();

    public static AgentBenchSettings Quick { get; } = new()
    {
        Days = 60,
        WarmupPairs = 0,
        Pairs = 1,
        FloorCommitsPerPair = 20,
        KillAfterSlices = [30, 55],
        RestartRepeats = 1,
        IsQuick = true,
    };

    /// <summary>The directory holding data/kr, from the current or the program's directory upwards.</summary>
    public string ResolveRepoRoot()
    {
        if (RepoRoot is not null) return RepoRoot;
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (Directory.Exists(Path.Combine(dir.FullName, "data", "kr"))) return dir.FullName;
            }
        }
        throw new DirectoryNotFoundException("bench agent needs the bundled data/kr files; run it from the repository");
    }
}
